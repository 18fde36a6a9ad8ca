using System.Diagnostics;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Embedded;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// No Neo4j runs here, so every statement the Neo4j store can send — each file of cypher/ (each
/// relationship type filled into __TYPE__), each statement of schema.cypher, and the script
/// <c>kg export --format cypher</c> writes for the seeds — goes through Neo4j's own Cypher parser and
/// semantic analysis (<c>lintCypherQuery</c> of <c>@neo4j-cypher/language-support</c>, tests/cypher-lint).
/// It proves the statements are valid Cypher that binds every variable it uses; what they return, and how
/// fast, only a live Neo4j can say (the contract suite, with NEO4J_URI).
/// </summary>
public sealed class CypherLintTests
{
    private static readonly string Linter = Path.Combine(TestPaths.Root, "tests", "cypher-lint");

    private static readonly string[] FileNames =
        [.. Directory.GetFiles(Path.Combine(TestPaths.Root, "cypher"), "*.cypher").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Files() => [.. FileNames];

    // One node process for every file's statements: loading Neo4j's front end takes about a second.
    private static readonly Lazy<Task<List<string>>> FileErrors = new(() => LintAsync([.. FileNames.SelectMany(StatementsOf)]));

    [Theory]
    [MemberData(nameof(Files))]
    public async Task EveryStatementOfACypherFileIsValidCypher(string file)
    {
        var errors = (await FileErrors.Value).Where(error => error.StartsWith($"{file}", StringComparison.Ordinal)
            && error.Length > file.Length && error[file.Length] is ':' or '[').ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>The statements the store sends from a file: each of schema.cypher, each relationship type in __TYPE__, else the file.</summary>
    private static IEnumerable<(string Name, string Text)> StatementsOf(string file) =>
        file == "schema"
            ? CypherFiles.Statements(file).Select((text, i) => ($"{file}[{i}]", text))
            : CypherFiles.Statement(file).Contains("__TYPE__", StringComparison.Ordinal)
                ? Enum.GetValues<RelationType>().Select(type => ($"{file}:{type.ToUpperName()}", CypherFiles.Statement(file).Replace("__TYPE__", type.ToUpperName(), StringComparison.Ordinal)))
                : [(file, CypherFiles.Statement(file))];

    [Fact]
    public async Task TheCypherExportOfTheSeedsIsValidCypher()
    {
        using var store = new EmbeddedGraphStore();
        foreach (var seed in new[] { TestPaths.Seed000, TestPaths.Seed001 })
        {
            await store.UpsertDocumentAsync(Importing.ImportSeed(seed), CancellationToken.None);
        }
        using var script = new MemoryStream();
        await GraphExporters.For(ExportFormat.Cypher).WriteAsync(await store.ExportAsync(CancellationToken.None), script, CancellationToken.None);
        var text = Encoding.UTF8.GetString(script.ToArray());

        var errors = await LintAsync([("export of seeds", text)]);

        Assert.True(text.Length > 10_000, "the export is suspiciously short");
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public async Task ABrokenStatementIsCaught()
    {
        var broken = CypherFiles.Statement("relations_of").Replace("RETURN", "RETRUN", StringComparison.Ordinal);
        var unbound = "MATCH (n:Node {id: $id}) RETURN m";

        var errors = await LintAsync([("typo", broken), ("unbound", unbound)]);

        Assert.Contains(errors, error => error.StartsWith("typo:", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.StartsWith("unbound:", StringComparison.Ordinal) && error.Contains("`m` not defined", StringComparison.Ordinal));
    }

    /// <summary>"name: line:column message" for every error Neo4j's front end reports.</summary>
    private static async Task<List<string>> LintAsync(IReadOnlyList<(string Name, string Text)> statements)
    {
        var start = new ProcessStartInfo("node", ["lint.mjs"])
        {
            WorkingDirectory = Linter,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        await node.StandardInput.WriteAsync(JsonSerializer.Serialize(statements.Select(statement => new { name = statement.Name, text = statement.Text })));
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, $"lint.mjs failed: {await error}");
        using var results = JsonDocument.Parse(await output);
        return
        [
            .. results.RootElement.EnumerateArray().SelectMany(result => result.GetProperty("errors").EnumerateArray().Select(diagnostic =>
                $"{result.GetProperty("name").GetString()}: {diagnostic.GetProperty("line").GetInt32()}:{diagnostic.GetProperty("column").GetInt32()} {diagnostic.GetProperty("message").GetString()}")),
        ];
    }
}
