using KnowledgeGraph.Import;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Imports the documents folder before the server takes requests; /health/ready reports it. A bad file is
/// logged and skipped, like the CLI does, so one broken report does not keep the service down.
/// </summary>
public sealed class StartupImport(ImportService importer, IOptions<KnowledgeGraphOptions> options, ILogger<StartupImport> logger) : IHostedService
{
    public bool Completed { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = options.Value.Documents;
        if (!Directory.Exists(folder))
        {
            HostingLog.NoDocumentsFolder(logger, Path.GetFullPath(folder));
            Completed = true;
            return;
        }
        var report = await importer.ImportPathsAsync([folder], progress: null, cancellationToken);
        HostingLog.StartupImported(logger, report.Documents.Count, report.Errors.Count, Path.GetFullPath(folder));
        Completed = true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
