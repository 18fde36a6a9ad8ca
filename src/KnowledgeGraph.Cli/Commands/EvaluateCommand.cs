using System.CommandLine;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Import;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg evaluate [DIR] [--only PREFIX] [-v]</c>: scores the importer against hand-annotated reports
/// (DIR holds docs/ and gold/, as docs/evaluation.md describes), one line per report and the totals;
/// <c>-v</c> also lists what was missed and what was made up.
/// </summary>
internal static class EvaluateCommand
{
    private const int Listed = 40;

    public static Command Create()
    {
        var corpus = new Argument<DirectoryInfo>("corpus")
        {
            Description = "A folder with docs/ and gold/*.yaml (default: the current folder)",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => new DirectoryInfo("."),
        };
        var only = new Option<string>("--only") { Description = "Score only the gold files whose name starts with this" };
        var ontology = CliOptions.Ontology();
        var command = new Command("evaluate", "Score the importer against annotated reports (concepts, relations, references, citations)")
        {
            corpus, only, ontology,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(corpus), parse.GetValue(only) ?? "",
            parse.GetValue(ontology), parse.GetValue(CliOptions.Verbose), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(DirectoryInfo corpus, string only, FileInfo? ontology, bool verbose,
        TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        return await CommandGuard.RunAsync(errors, async () =>
        {
            // Scores go to stdout; per-document logs would only interleave with them.
            await using var services = CliServices.Build(ontology, verbose: false);
            var evaluator = new Evaluator(services.GetRequiredService<DocumentImporter>(), services.GetRequiredService<DocumentReader>());
            IReadOnlyList<EvaluatedReport> reports;
            try
            {
                reports = await evaluator.EvaluateAsync(corpus.FullName, only, cancellationToken);
            }
            catch (ImportException ex)
            {
                await errors.WriteLineAsync($"error: {ex.Message}");
                return ExitCodes.BadInput;
            }
            if (reports.Count == 0)
            {
                await errors.WriteLineAsync($"error: {corpus.FullName}: no gold files to score");
                return ExitCodes.BadInput;
            }
            var total = ReportScore.Empty;
            foreach (var (name, score, error) in reports)
            {
                if (error is not null)
                {
                    await output.WriteLineAsync($"{name}: not scored as read: {error}");
                }
                await output.WriteLineAsync($"{name}: {score.Line()}");
                if (verbose)
                {
                    await List(output, "missed concepts", score.MissedConcepts);
                    await List(output, "made up concepts", score.MadeUpConcepts);
                    await List(output, "missed relations", score.MissedRelations);
                    await List(output, "made up relations", score.MadeUpRelations);
                }
                total += score;
            }
            await output.WriteLineAsync(total.Summary(reports.Count));
            return ExitCodes.Ok;
        });
    }

    private static async Task List(TextWriter output, string what, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            await output.WriteLineAsync($"    {what}: {string.Join("; ", items.Take(Listed))}");
        }
    }
}
