using KnowledgeGraph.Graph;
using KnowledgeGraph.Import;

namespace KnowledgeGraph.Evaluation;

/// <summary>One gold file's outcome: its score, or why its report could not be scored (then it scores as an empty graph).</summary>
public sealed record EvaluatedReport(string Name, ReportScore Score, string? Error);

/// <summary>
/// The product's own quality check: imports each report of a corpus folder alone (<c>docs/</c>, named by
/// the <c>doc</c> of each file in <c>gold/</c>) and scores it against its gold file.
/// </summary>
public sealed class Evaluator(DocumentImporter importer, DocumentReader reader)
{
    public async Task<IReadOnlyList<EvaluatedReport>> EvaluateAsync(string corpus, string only, CancellationToken cancellationToken)
    {
        var goldFolder = Path.Combine(corpus, "gold");
        if (!Directory.Exists(goldFolder))
        {
            throw new ImportException($"{corpus}: no gold/ folder (a corpus holds docs/ and gold/*.yaml)");
        }
        var results = new List<EvaluatedReport>();
        foreach (var path in Directory.EnumerateFiles(goldFolder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (!name.StartsWith(only, StringComparison.Ordinal))
            {
                continue;
            }
            GoldFile gold;
            try
            {
                gold = GoldFile.Parse(await File.ReadAllTextAsync(path, cancellationToken), path);
            }
            catch (FormatException ex)
            {
                results.Add(new EvaluatedReport(name, ReportScore.Empty, ex.Message));
                continue;
            }
            var document = Path.Combine(corpus, gold.Document);
            try
            {
                var graph = importer.Import(Path.GetFileName(document), await reader.ReadAsync(document, cancellationToken));
                results.Add(new EvaluatedReport(name, Scorer.Score(gold, graph), null));
            }
            catch (ImportException ex)
            {
                results.Add(new EvaluatedReport(name, Scorer.Score(gold, new DocumentGraph(Nobody, [], [])), ex.Message));
            }
        }
        return results;
    }

    private static readonly GraphNode Nobody = GraphNode.Concept(NodeKind.Document, "none", "none");
}
