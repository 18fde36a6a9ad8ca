using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Import;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Evaluation;

/// <summary>kg evaluate on a corpus these tests write: what is found, missed, made up, cited.</summary>
public sealed class EvaluatorTests : IDisposable
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("kg-eval-").FullName;

    public EvaluatorTests()
    {
        Directory.CreateDirectory(Path.Combine(_corpus, "docs"));
        Directory.CreateDirectory(Path.Combine(_corpus, "gold"));
        File.WriteAllText(Path.Combine(_corpus, "docs", "r1.md"), """
            # Notes

            ## Challenges

            ### Tool misuse
            Agents in banks call tools with wrong arguments [1].

            ### Slow startups
            Models take minutes to load.

            ## References
            [1] A study of agent tool calls
            """);
        File.WriteAllText(Path.Combine(_corpus, "gold", "r1.yaml"), """
            doc: docs/r1.md
            challenges:
              - { id: C1, name: "Tool misuse", evidence: "Agents in banks call tools with wrong arguments [1]." }
              - { id: C2, name: "Prompt injection", evidence: "Nobody wrote this." }
            relations:
              - { type: AFFECTS, from: C1, to: 金融 }
              - { type: MITIGATES, from: "Schema checks", to: C1 }
            references:
              - { index: 1, title: "A study of agent tool calls" }
            citations:
              - { section: "Tool misuse", cites: [1] }
            """);
    }

    [Fact]
    public async Task ScoresFoundMissedAndMadeUpByTheCorpusRules()
    {
        var evaluator = new Evaluator(Importing.Importer, new DocumentReader(DocumentReader.DefaultMaxBytes));

        var (name, score, error) = Assert.Single(await evaluator.EvaluateAsync(_corpus, "", CancellationToken.None));

        Assert.Equal(("r1", (string?)null), (name, error));
        Assert.Equal(new Count(1, 2), score.Concepts);
        Assert.Equal(["Prompt injection"], score.MissedConcepts);
        Assert.Equal(["Slow startups"], score.MadeUpConcepts);
        Assert.Equal(new Count(1, 2), score.Relations);
        Assert.Equal(["MITIGATES Schema checks -> C1"], score.MissedRelations);
        Assert.Equal((new Count(1, 1), new Count(1, 1)), (score.References, score.Citations));
        Assert.Equal("1 reports: concepts R 0.50 P 0.50 F1 0.50 | relations R 0.50 P 1.00 F1 0.67 | references R 1.00 P 1.00 | citations R 1.00", score.Summary(1));
    }

    [Fact]
    public async Task TheCommandPrintsOneLinePerReportAndTheTotals()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await EvaluateCommand.RunAsync(new DirectoryInfo(_corpus), "", null, verbose: true, output, errors, CancellationToken.None);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("r1: concepts 1/2  concept_precision 1/2  relations 1/2  relation_precision 1/1", lines[0]);
        Assert.Contains("    missed concepts: Prompt injection", lines);
        Assert.StartsWith("1 reports: concepts R 0.50", lines[^1]);
    }

    [Fact]
    public async Task AFolderWithoutGoldFilesIsABadInput()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await EvaluateCommand.RunAsync(new DirectoryInfo(Path.Combine(_corpus, "docs")), "", null, verbose: false, output, errors, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("no gold/ folder", errors.ToString());
    }

    [Fact]
    public async Task TheSampleCorpusOfTheDocsScoresAsTheDocsSay()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await EvaluateCommand.RunAsync(new DirectoryInfo(Path.Combine(TestPaths.Root, "docs", "examples", "corpus")), "", null,
            verbose: true, output, errors, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("agent-notes: concepts 2/3  concept_precision 2/2  relations 4/4  relation_precision 4/4  references 1/1", output.ToString());
        Assert.Contains("    missed concepts: Prompt injection", output.ToString());
    }

    [Theory]
    [InlineData("Data privacy", "data-privacy risks", true)]
    [InlineData("幻觉问题", "幻觉", true)]
    [InlineData("Tool misuse", "Tool misuses", true)]
    [InlineData("Model theft", "Prompt injection", false)]
    [InlineData("", "anything", false)]
    public void NamesMatchAsTheScorerMatchesThem(string a, string b, bool similar) => Assert.Equal(similar, NameMatching.Similar(a, b));

    public void Dispose() => Directory.Delete(_corpus, recursive: true);
}
