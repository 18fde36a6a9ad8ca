using System.CommandLine;
using KnowledgeGraph.Export;
using KnowledgeGraph.Import;
using KnowledgeGraph.Store;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export &lt;paths&gt;… --format json|cypher|graphml [--out FILE]</c>: imports, then writes the graph.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var paths = CliOptions.Paths();
        var ontology = CliOptions.Ontology();
        var format = new Option<ExportFormat>("--format", "-f") { Description = "json, cypher or graphml", Required = true };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write here instead of stdout" };
        var command = new Command("export", "Import reports and write the graph as JSON, a Cypher script or GraphML")
        {
            paths, ontology, format, output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(paths), parse.GetValue(ontology),
            parse.GetValue(format), parse.GetValue(output), parse.GetValue(CliOptions.Verbose), Console.OpenStandardOutput(), Console.Error,
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string[] paths, FileInfo? ontology, ExportFormat format, FileInfo? output, bool verbose,
        Stream standardOutput, TextWriter errors, CancellationToken cancellationToken)
    {
        return await CommandGuard.RunAsync(errors, async () =>
        {
            await using var services = CliServices.Build(ontology, verbose);
            var report = await ImportRunner.RunAsync(services.GetRequiredService<ImportService>(), paths, cancellationToken);
            var graph = await services.GetRequiredService<IGraphStore>().ExportAsync(cancellationToken);
            if (output is null)
            {
                await GraphExporters.For(format).WriteAsync(graph, standardOutput, cancellationToken);
                await standardOutput.FlushAsync(cancellationToken);
            }
            else
            {
                await WriteAtomicallyAsync(output, stream => GraphExporters.For(format).WriteAsync(graph, stream, cancellationToken));
            }
            foreach (var error in report.Errors)
            {
                await errors.WriteLineAsync($"error: {error}");
            }
            return report.Succeeded ? ExitCodes.Ok : ExitCodes.BadInput;
        });
    }

    // A half-written export never replaces a good one: write beside it, then rename.
    private static async Task WriteAtomicallyAsync(FileInfo target, Func<Stream, Task> write)
    {
        var temporary = Path.Combine(target.DirectoryName ?? ".", $".{target.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = File.Create(temporary))
            {
                await write(stream);
            }
            File.Move(temporary, target.FullName, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
