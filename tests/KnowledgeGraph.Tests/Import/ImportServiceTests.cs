using System.Text;
using KnowledgeGraph.Export;
using KnowledgeGraph.Import;
using KnowledgeGraph.Store.Embedded;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Tests.Import;

/// <summary>A folder is read and imported in parallel, yet stored in file order: the same folder gives the same graph.</summary>
public sealed class ImportServiceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-import-").FullName;

    public ImportServiceTests()
    {
        // More files than one batch, with refused ones among them.
        for (var i = 0; i < 150; i++)
        {
            var name = Path.Combine(_folder, $"r{i:D3}.md");
            if (i % 37 == 5)
            {
                File.WriteAllBytes(name, [0x41, 0, 0x42]);
                continue;
            }
            File.WriteAllText(name, $"""
                ## 挑战
                ### 问题{i % 7}
                第{i}份报告说银行面临数据隐私风险。
                """);
        }
    }

    [Fact]
    public async Task DocumentsAndRefusalsComeInFileOrderAndTheGraphIsTheSameEachTime()
    {
        var (first, firstGraph) = await ImportAsync();
        var (second, secondGraph) = await ImportAsync();

        var expected = Enumerable.Range(0, 150).Where(i => i % 37 != 5).Select(i => $"document:r{i:D3}");
        Assert.Equal(expected, first.Documents.Select(document => document.Document.Id));
        Assert.Equal(Enumerable.Range(0, 150).Where(i => i % 37 == 5).Select(i => $"r{i:D3}.md"),
            first.Errors.Select(error => Path.GetFileName(error.Split(':')[0])));
        Assert.Equal(firstGraph, secondGraph);
    }

    private async Task<(ImportReport Report, string Export)> ImportAsync()
    {
        using var store = new EmbeddedGraphStore();
        var service = new ImportService(Importing.Importer, new DocumentReader(DocumentReader.DefaultMaxBytes), store, NullLogger<ImportService>.Instance);
        var report = await service.ImportPathsAsync([_folder], progress: null, CancellationToken.None);
        using var json = new MemoryStream();
        await GraphExporters.For(ExportFormat.Json).WriteAsync(await store.ExportAsync(CancellationToken.None), json, CancellationToken.None);
        return (report, Encoding.UTF8.GetString(json.ToArray()));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
