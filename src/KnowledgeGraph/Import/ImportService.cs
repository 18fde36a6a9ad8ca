using System.Diagnostics;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Import;

/// <summary>
/// Reads, imports and stores documents. Files are read and imported in parallel, a batch at a time, and
/// stored one by one in the order of the file list, so ids and results never depend on scheduling. A bad
/// file is reported and skipped; the others are still imported, and each document reaches the store
/// whole or not at all.
/// </summary>
public sealed class ImportService(DocumentImporter importer, DocumentReader reader, IGraphStore store, ILogger<ImportService> logger)
{
    /// <summary>Enough documents in flight to keep every core busy, few enough that a large folder is not held in memory at once.</summary>
    private static readonly int BatchSize = Environment.ProcessorCount * 16;

    public async Task<ImportReport> ImportPathsAsync(IEnumerable<string> paths, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var (files, errors) = DocumentReader.Expand(paths);
        var documents = new List<Graph.DocumentGraph>();
        var failures = new List<string>(errors);
        // The next batch is read and imported while the current one is stored.
        var next = files.Count > 0 ? ReadBatchAsync(files, 0, cancellationToken) : null;
        for (var start = 0; next is not null; start += BatchSize)
        {
            var read = await next;
            next = start + BatchSize < files.Count ? ReadBatchAsync(files, start + BatchSize, cancellationToken) : null;
            for (var i = 0; i < read.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var file = files[start + i];
                progress?.Report(file);
                if (read[i] is { Graph: { } graph, Milliseconds: var elapsed })
                {
                    await StoreAsync(Path.GetFileName(file), graph, elapsed, cancellationToken);
                    documents.Add(graph);
                }
                else
                {
                    ImportLog.Refused(logger, file, read[i].Error!);
                    failures.Add(read[i].Error!);
                }
            }
        }
        return new ImportReport(documents, failures);
    }

    /// <summary>Reads and imports files[start..start+BatchSize] on every core; each slot holds a graph or why the file was refused.</summary>
    private Task<(Graph.DocumentGraph? Graph, string? Error, long Milliseconds)[]> ReadBatchAsync(IReadOnlyList<string> files, int start, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            var read = new (Graph.DocumentGraph?, string?, long)[Math.Min(BatchSize, files.Count - start)];
            await Parallel.ForEachAsync(Enumerable.Range(0, read.Length), cancellationToken, async (i, token) =>
            {
                var stopwatch = Stopwatch.StartNew();
                try
                {
                    var content = await reader.ReadAsync(files[start + i], token);
                    read[i] = (importer.Import(Path.GetFileName(files[start + i]), content), null, stopwatch.ElapsedMilliseconds);
                }
                catch (ImportException ex)
                {
                    read[i] = (null, ex.Message, 0);
                }
            });
            return read;
        }, cancellationToken);

    /// <summary>Imports one document's text under a file name; throws <see cref="ImportException"/> for bad input.</summary>
    public async Task<Graph.DocumentGraph> ImportTextAsync(string source, string text, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var graph = importer.Import(source, text);
        await StoreAsync(source, graph, stopwatch.ElapsedMilliseconds, cancellationToken);
        return graph;
    }

    private async Task StoreAsync(string source, Graph.DocumentGraph graph, long importMilliseconds, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await store.UpsertDocumentAsync(graph, cancellationToken);
        ImportLog.Imported(logger, source, graph.SectionCount, graph.Nodes.Count, graph.Relations.Count, importMilliseconds + stopwatch.ElapsedMilliseconds);
        foreach (var warning in graph.Warnings)
        {
            ImportLog.Warned(logger, source, warning);
        }
    }
}
