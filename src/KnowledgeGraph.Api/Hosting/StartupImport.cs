using KnowledgeGraph.Import;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Imports the documents folder before the server takes requests; /health/ready reports it. A bad file is
/// logged and skipped, like the CLI does. When the store cannot be reached (Neo4j still starting, or down)
/// the server starts anyway, not ready, and the import is tried again in the background until it succeeds.
/// </summary>
public sealed class StartupImport(ImportService importer, IOptions<KnowledgeGraphOptions> options, ILogger<StartupImport> logger) : IHostedService
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(5);
    // Not disposed on purpose: a plain source holds no timer or handle, and StopAsync may come after the container's disposal.
    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;

    public bool Completed { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TryImportAsync(cancellationToken))
        {
            _retrying = RetryAsync(_stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _retrying.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task RetryAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(RetryEvery);
        while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false) && !await TryImportAsync(stopping))
        {
        }
    }

    private async Task<bool> TryImportAsync(CancellationToken cancellationToken)
    {
        var folder = options.Value.Documents;
        if (!Directory.Exists(folder))
        {
            HostingLog.NoDocumentsFolder(logger, Path.GetFullPath(folder));
            Completed = true;
            return true;
        }
        try
        {
            var report = await importer.ImportPathsAsync([folder], progress: null, cancellationToken);
            HostingLog.StartupImported(logger, report.Documents.Count, report.Errors.Count, Path.GetFullPath(folder));
            Completed = true;
            return true;
        }
        catch (GraphStoreUnavailableException ex)
        {
            HostingLog.StoreUnavailableAtStart(logger, ex, RetryEvery.TotalSeconds);
            return false;
        }
    }
}
