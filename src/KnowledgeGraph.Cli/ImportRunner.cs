using KnowledgeGraph.Import;
using Spectre.Console;

namespace KnowledgeGraph.Cli;

/// <summary>Runs an import for a command, with a progress bar on stderr when many files go to a terminal.</summary>
internal static class ImportRunner
{
    private const int ProgressThreshold = 20;

    public static async Task<ImportReport> RunAsync(ImportService importer, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var (files, _) = DocumentReader.Expand(paths);
        if (files.Count < ProgressThreshold || Console.IsErrorRedirected)
        {
            return await importer.ImportPathsAsync(paths, progress: null, cancellationToken);
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("Importing", maxValue: files.Count);
            return await importer.ImportPathsAsync(paths, new Progress<string>(_ => task.Increment(1)), cancellationToken);
        });
    }
}
