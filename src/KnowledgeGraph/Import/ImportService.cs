using System.Diagnostics;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Import;

/// <summary>
/// Reads, imports and stores documents one at a time. A bad file is reported and skipped; the others are
/// still imported, and each document reaches the store whole or not at all.
/// </summary>
public sealed class ImportService(DocumentImporter importer, DocumentReader reader, IGraphStore store, ILogger<ImportService> logger)
{
    public async Task<ImportReport> ImportPathsAsync(IEnumerable<string> paths, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var (files, errors) = DocumentReader.Expand(paths);
        var documents = new List<Graph.DocumentGraph>();
        var failures = new List<string>(errors);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(file);
            try
            {
                var text = await reader.ReadAsync(file, cancellationToken);
                documents.Add(await ImportTextAsync(Path.GetFileName(file), text, cancellationToken));
            }
            catch (ImportException ex)
            {
                ImportLog.Refused(logger, file, ex.Message);
                failures.Add(ex.Message);
            }
        }
        return new ImportReport(documents, failures);
    }

    /// <summary>Imports one document's text under a file name; throws <see cref="ImportException"/> for bad input.</summary>
    public async Task<Graph.DocumentGraph> ImportTextAsync(string source, string text, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var graph = importer.Import(source, text);
        await store.UpsertDocumentAsync(graph, cancellationToken);
        ImportLog.Imported(logger, source, graph.SectionCount, graph.Nodes.Count, graph.Relations.Count, stopwatch.ElapsedMilliseconds);
        foreach (var warning in graph.Warnings)
        {
            ImportLog.Warned(logger, source, warning);
        }
        return graph;
    }
}
