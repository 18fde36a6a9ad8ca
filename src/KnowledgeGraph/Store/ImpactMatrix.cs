using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>
/// Challenges (or trends) × the industries they affect: each cell the AFFECTS relation between the two, with
/// how many reports and sentences say so. Rows and columns are the most-reported first.
/// </summary>
public sealed record ImpactMatrix(IReadOnlyList<GraphNode> Rows, IReadOnlyList<GraphNode> Columns, IReadOnlyList<MatrixCell> Cells);

/// <summary>One row × column: the relation that says the row affects the column.</summary>
public sealed record MatrixCell(string Row, string Column, Relation Relation)
{
    public int DocumentCount => Relation.DocumentCount;

    public int EvidenceCount => Relation.Evidence.Count;
}

/// <summary>Builds a matrix from every candidate row's AFFECTS relations: the store gives those, this ranks and cuts.</summary>
internal static class ImpactMatrixBuilder
{
    public static ImpactMatrix Of(IEnumerable<(GraphNode Row, IReadOnlyList<Relation> Affects)> candidates, IReadOnlyDictionary<string, GraphNode> columns,
        int firstRows, int firstColumns)
    {
        var rows = candidates
            .Where(candidate => candidate.Affects.Count > 0)
            .Select(candidate => (candidate.Row, candidate.Affects, Documents: DocumentUnion.Count(candidate.Affects)))
            .OrderByDescending(row => row.Documents).ThenBy(row => row.Row.Id, StringComparer.Ordinal)
            .Take(firstRows)
            .ToList();
        var kept = rows
            .SelectMany(row => row.Affects)
            .GroupBy(relation => relation.To)
            .Where(column => columns.ContainsKey(column.Key))
            .Select(column => (Id: column.Key, Documents: DocumentUnion.Count([.. column])))
            .OrderByDescending(column => column.Documents).ThenBy(column => column.Id, StringComparer.Ordinal)
            .Take(firstColumns)
            .Select(column => column.Id)
            .ToList();
        var keptSet = kept.ToHashSet(StringComparer.Ordinal);
        return new ImpactMatrix(
            [.. rows.Select(row => row.Row)],
            [.. kept.Select(id => columns[id])],
            [.. rows.SelectMany(row => row.Affects.Where(relation => keptSet.Contains(relation.To)).Select(relation => new MatrixCell(row.Row.Id, relation.To, relation)))]);
    }
}
