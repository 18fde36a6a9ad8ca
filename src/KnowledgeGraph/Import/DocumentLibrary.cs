using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Import;

/// <summary>
/// The documents folder as the source of truth for documents added at run time: a new document is
/// checked and imported in memory first, then written to the folder atomically (temporary file, flush,
/// rename), then stored; so once it is acknowledged a restart finds it, and a bad one never lands on disk.
/// </summary>
public sealed class DocumentLibrary(DocumentImporter importer, DocumentReader reader, IGraphStore store,
    IOptions<KnowledgeGraphOptions> options, ILogger<DocumentLibrary> logger)
{
    private string Folder => Path.GetFullPath(options.Value.Documents);

    /// <summary>Imports a file's content under a plain file name whose extension says the format, then keeps and stores it.</summary>
    public async Task<DocumentGraph> AddAsync(string name, byte[] bytes, CancellationToken cancellationToken)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var fileName = CheckedName(name);
        reader.CheckSize(fileName, bytes.LongLength);
        var graph = importer.Import(fileName, bytes);
        Directory.CreateDirectory(Folder);
        await WriteAtomicallyAsync(Path.Combine(Folder, fileName), bytes, cancellationToken);
        await store.UpsertDocumentAsync(graph, cancellationToken);
        ImportLog.Imported(logger, fileName, graph.SectionCount, graph.Nodes.Count, graph.Relations.Count, stopwatch.ElapsedMilliseconds);
        return graph;
    }

    /// <summary>Removes the document (by key or id) from the store and its file from the folder.</summary>
    public async Task<bool> RemoveAsync(string document, CancellationToken cancellationToken)
    {
        var key = NodeId.TryParse(document, out var kind, out var parsed) && kind == NodeKind.Document ? parsed : document;
        var files = Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder).Where(file => ReportFormats.Of(file) is not null
                && NodeId.Slug(Path.GetFileNameWithoutExtension(file)) == key).ToList()
            : [];
        var removed = await store.RemoveDocumentAsync(key, cancellationToken);
        foreach (var file in files)
        {
            File.Delete(file);
        }
        return removed || files.Count > 0;
    }

    private static string CheckedName(string name)
    {
        var fileName = name.Trim();
        if (fileName.Length == 0 || fileName != Path.GetFileName(fileName) || fileName.StartsWith('.')
            || fileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
            || ReportFormats.Of(fileName) is null)
        {
            throw new ImportException($"'{name}': a document name is a plain file name ending in {ReportFormats.Described}");
        }
        return fileName;
    }

    private static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(bytes, cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
