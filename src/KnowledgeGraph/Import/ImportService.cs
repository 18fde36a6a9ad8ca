using System.Diagnostics;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Import;

/// <summary>
/// Reads, imports and stores documents. Files are read and imported on every core, and stored one by one in
/// the order of the file list, so ids and results never depend on scheduling. A bad file is reported and
/// skipped; the others are still imported, and each document reaches the store whole or not at all.
/// </summary>
public sealed class ImportService(DocumentImporter importer, DocumentReader reader, IGraphStore store, ILogger<ImportService> logger)
{
    /// <summary>
    /// How many documents may be read ahead of the one being stored: enough to keep every core busy while the
    /// store works through them in order, few enough that a large folder is not held in memory at once.
    /// </summary>
    private static readonly int Window = Environment.ProcessorCount * 16;

    public async Task<ImportReport> ImportPathsAsync(IEnumerable<string> paths, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var (files, errors) = DocumentReader.Expand(paths);
        var documents = new List<Graph.DocumentGraph>();
        var failures = new List<string>(errors);
        var read = files.Select(_ => new TaskCompletionSource<ReadFile>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        using var window = new SemaphoreSlim(Window);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // No batches: each core takes the next file as soon as it is done with one (a batch waits for its slowest file).
        var readers = Parallel.ForEachAsync(InWindow(files.Count, window, stop.Token),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = stop.Token },
            async (i, token) => read[i].SetResult(await ReadAsync(files[i], token)));
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                var file = await read[i].Task.WaitAsync(cancellationToken);
                window.Release();
                progress?.Report(files[i]);
                if (file is { Graph: { } graph, Milliseconds: var elapsed })
                {
                    await StoreAsync(Path.GetFileName(files[i]), graph, elapsed, cancellationToken);
                    documents.Add(graph);
                }
                else
                {
                    ImportLog.Refused(logger, files[i], file.Error!);
                    failures.Add(file.Error!);
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await readers;
            }
            catch (OperationCanceledException)
            {
                // Stopped because the store loop ended early (cancelled or failed): its exception is the one that counts.
            }
        }
        return new ImportReport(documents, failures);
    }

    /// <summary>
    /// The file indexes in order, each handed out once a window slot is free. Slots are taken in file order,
    /// so the file the store waits for always holds one: the window cannot fill with later files and stall.
    /// </summary>
    private static async IAsyncEnumerable<int> InWindow(int count, SemaphoreSlim window, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            await window.WaitAsync(cancellationToken);
            yield return i;
        }
    }

    /// <summary>A file read and imported, or why it was refused.</summary>
    private readonly record struct ReadFile(Graph.DocumentGraph? Graph, string? Error, long Milliseconds);

    private async Task<ReadFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var content = await reader.ReadAsync(path, cancellationToken);
            return new ReadFile(importer.Import(Path.GetFileName(path), content), null, stopwatch.ElapsedMilliseconds);
        }
        catch (ImportException ex)
        {
            return new ReadFile(null, ex.Message, 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file that vanished or cannot be opened is refused like a bad one; the others are still imported.
            return new ReadFile(null, $"{path}: cannot be read ({ex.Message})", 0);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A reader (a library's parser most likely) failing where it should have refused: the file is refused,
            // the others are still imported. Let through, it would leave the store loop waiting for this file forever.
            ImportLog.ReaderFailed(logger, ex, path);
            return new ReadFile(null, $"{path}: cannot be read as a report ({ex.GetType().Name}: {ex.Message})", 0);
        }
    }

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
