namespace KnowledgeGraph.Graph;

/// <summary>
/// Everything one document contributes: its document node, its sections, the concepts and references it
/// names, and the relations its sentences justify. Stores add and remove it as one unit.
/// </summary>
public sealed record DocumentGraph(GraphNode Document, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<Relation> Relations)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public int SectionCount => Nodes.Count(node => node.Kind == NodeKind.Section);

    /// <summary>Throws when a relation points outside the graph or lacks evidence: such a graph is never stored.</summary>
    public void EnsureConsistent()
    {
        var ids = new HashSet<string>(Nodes.Count + 1, StringComparer.Ordinal) { Document.Id };
        foreach (var node in Nodes)
        {
            ids.Add(node.Id);
        }
        foreach (var relation in Relations)
        {
            if (!ids.Contains(relation.From) || !ids.Contains(relation.To))
            {
                throw new InvalidOperationException($"{relation.Type} {relation.From} -> {relation.To} points outside {Document.Id}");
            }
            if (relation.Evidence.Count == 0 || !FromThisDocument(relation.Evidence))
            {
                throw new InvalidOperationException($"{relation.Type} {relation.From} -> {relation.To} lacks evidence from {Document.Id}");
            }
        }
    }

    private bool FromThisDocument(IReadOnlyList<Evidence> evidence)
    {
        foreach (var piece in evidence)
        {
            if (piece.DocumentId != Document.Id)
            {
                return false;
            }
        }
        return true;
    }
}
