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
    public void EnsureConsistent() => _ = RelationEndPositions();

    /// <summary>
    /// Where each relation's ends are among the document's nodes: 0 is <see cref="Document"/>, <c>i + 1</c> is
    /// <c>Nodes[i]</c>. Throws as <see cref="EnsureConsistent"/> does. Stores resolve each node once this way
    /// instead of looking both ends of every relation up by id.
    /// </summary>
    public (int From, int To)[] RelationEndPositions()
    {
        var positions = new Dictionary<string, int>(Nodes.Count + 1, StringComparer.Ordinal) { [Document.Id] = 0 };
        for (var i = 0; i < Nodes.Count; i++)
        {
            positions.TryAdd(Nodes[i].Id, i + 1);
        }
        var ends = new (int From, int To)[Relations.Count];
        for (var i = 0; i < Relations.Count; i++)
        {
            var relation = Relations[i];
            if (!positions.TryGetValue(relation.From, out var from) || !positions.TryGetValue(relation.To, out var to))
            {
                throw new InvalidOperationException($"{relation.Type} {relation.From} -> {relation.To} points outside {Document.Id}");
            }
            if (relation.Evidence.Count == 0 || !FromThisDocument(relation.Evidence))
            {
                throw new InvalidOperationException($"{relation.Type} {relation.From} -> {relation.To} lacks evidence from {Document.Id}");
            }
            ends[i] = (from, to);
        }
        return ends;
    }

    private bool FromThisDocument(IReadOnlyList<Evidence> evidence)
    {
        // Indexed, not foreach: an interface's enumerator is an object, and this runs for every relation stored.
        for (var i = 0; i < evidence.Count; i++)
        {
            if (evidence[i].DocumentId != Document.Id)
            {
                return false;
            }
        }
        return true;
    }
}
