using System.CommandLine;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Cli.Commands;

// kg import <paths>… | kg export <paths>… --format json|cypher|graphml [--out FILE] | kg evaluate [DIR] [--only PREFIX]
// Exit codes: 0 done, 1 bad input (each message names the file), 2 usage.
var root = new RootCommand("KnowledgeGraph: turn reports into a knowledge graph of trends, challenges, industries and technologies")
{
    ImportCommand.Create(),
    ExportCommand.Create(),
    EvaluateCommand.Create(),
};
root.Options.Add(CliOptions.Verbose);

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        await Console.Error.WriteLineAsync(error.Message);
    }
    await Console.Error.WriteLineAsync("Try 'kg --help'.");
    return ExitCodes.Usage;
}
return await parse.InvokeAsync();
