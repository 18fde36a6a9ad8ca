using System.Text;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Export;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-cli-").FullName;

    [Fact]
    public async Task ImportingTheSeedsPrintsASummaryAndSucceeds()
    {
        var (exit, output, errors) = await ImportAsync(TestPaths.Seeds);

        Assert.Equal(0, exit);
        Assert.Contains("Imported 2 document(s)", output);
        Assert.Contains("CHALLENGE 5", output);
        Assert.Contains("MITIGATES 3", output);
        Assert.Equal("", errors);
    }

    [Fact]
    public async Task BadFilesAreNamedAndExitOneWhileTheGoodOnesAreStillImported()
    {
        File.WriteAllBytes(Path.Combine(_folder, "binary.txt"), [1, 0, 2]);
        File.WriteAllText(Path.Combine(_folder, "blank.txt"), " \n上一篇\n ");
        File.Copy(TestPaths.Seed001, Path.Combine(_folder, "good.txt"));

        var (exit, output, errors) = await ImportAsync(_folder, Path.Combine(_folder, "missing.md"));

        Assert.Equal(1, exit);
        Assert.Contains("Imported 1 document(s)", output);
        Assert.Contains("CHALLENGE 3", output);
        Assert.Contains("binary.txt: looks binary", errors);
        Assert.Contains("blank.txt: no text left", errors);
        Assert.Contains("missing.md: no such file or directory", errors);
    }

    [Fact]
    public async Task ABrokenOntologyIsNamedAndExitsOne()
    {
        var ontology = Path.Combine(_folder, "broken.yaml");
        File.WriteAllText(ontology, "industries: [ { key: Not A Key } ]");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await ImportCommand.RunAsync([TestPaths.Seeds], new FileInfo(ontology), verbose: false, output, errors, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("broken.yaml: 'Not A Key' is not a key", errors.ToString());
    }

    [Fact]
    public async Task AnotherOntologyChangesWhatIsRecognizedWithoutCodeChanges()
    {
        var ontology = Path.Combine(_folder, "tiny.yaml");
        File.WriteAllText(ontology, """
            name: tiny
            industries:
              - { key: banking, name: 金融, nameEn: banking }
            sectionCues:
              challenges: [挑战]
            """);
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await ImportCommand.RunAsync([TestPaths.Seed000], new FileInfo(ontology), verbose: false, output, errors, CancellationToken.None);

        Assert.Equal(0, exit);
        // The two technologies are GPU and TPU: acronyms are technologies whatever the ontology lists.
        Assert.Contains("TREND 0  CHALLENGE 5  INDUSTRY 1  TECHNOLOGY 2", output.ToString());
    }

    [Fact]
    public async Task PdfWordAndWebPagesAreImportedAndABrokenPdfIsNamed()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Root, "docs", "examples", "formats")))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
        File.WriteAllText(Path.Combine(_folder, "broken.pdf"), "%PDF-1.4 nothing else");

        var (exit, output, errors) = await ImportAsync(_folder);

        Assert.Equal(1, exit);
        Assert.Contains("Imported 3 document(s)", output);
        Assert.Contains("DOCUMENT 3", output);
        Assert.Contains("broken.pdf: not a readable PDF", errors);
    }

    [Fact]
    public async Task ExportWritesTheChosenFormatToAFile()
    {
        var target = new FileInfo(Path.Combine(_folder, "graph.graphml"));
        using var errors = new StringWriter();

        var exit = await ExportCommand.RunAsync([TestPaths.Seeds], null, ExportFormat.GraphML, target, false, Stream.Null, errors, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.StartsWith("<?xml", File.ReadAllText(target.FullName));
        Assert.Equal([target.FullName], Directory.GetFiles(_folder));
    }

    [Theory]
    [InlineData("export seeds --format yaml")]
    [InlineData("import")]
    [InlineData("frobnicate")]
    public void UsageErrorsExitTwo(string commandLine)
    {
        var args = commandLine.Split(' ');
        var entryPoint = typeof(ImportCommand).Assembly.EntryPoint!;
        var error = Console.Error;
        Console.SetError(TextWriter.Null);
        try
        {
            // The entry point is the compiler's synchronous Main around the top-level statements.
            var exit = (int)entryPoint.Invoke(null, [args])!;
            Assert.Equal(2, exit);
        }
        finally
        {
            Console.SetError(error);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int Exit, string Output, string Errors)> ImportAsync(params string[] paths)
    {
        using var output = new StringWriter(new StringBuilder());
        using var errors = new StringWriter();
        var exit = await ImportCommand.RunAsync(paths, null, verbose: false, output, errors, CancellationToken.None);
        return (exit, output.ToString(), errors.ToString());
    }
}
