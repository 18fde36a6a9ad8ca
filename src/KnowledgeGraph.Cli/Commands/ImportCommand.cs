using System.CommandLine;
using KnowledgeGraph.Import;
using KnowledgeGraph.Store;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg import &lt;paths&gt;…</c>: imports the reports and prints what the graph holds.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = CliOptions.Paths();
        var ontology = CliOptions.Ontology();
        var command = new Command("import", "Import reports and print a summary of the graph") { paths, ontology };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(paths), parse.GetValue(ontology),
            parse.GetValue(CliOptions.Verbose), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string[] paths, FileInfo? ontology, bool verbose, TextWriter output, TextWriter errors,
        CancellationToken cancellationToken)
    {
        return await CommandGuard.RunAsync(errors, async () =>
        {
            await using var services = CliServices.Build(ontology, verbose);
            var report = await ImportRunner.RunAsync(services.GetRequiredService<ImportService>(), paths, cancellationToken);
            var stats = await services.GetRequiredService<IGraphStore>().StatsAsync(cancellationToken);
            await Summary.WriteAsync(output, report, stats);
            foreach (var error in report.Errors)
            {
                await errors.WriteLineAsync($"error: {error}");
            }
            return report.Succeeded ? ExitCodes.Ok : ExitCodes.BadInput;
        });
    }
}
