using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Embedded;

/// <summary>A node of the embedded store: its contributions and the relation slots that leave and reach it.</summary>
internal struct NodeSlot(string id, NodeKind kind)
{
    /// <summary>Null in a removed slot.</summary>
    public readonly string? Id = id;
    public readonly NodeKind Kind = kind;
    public Contributed<GraphNode> Contributions;
    public Adjacency Outgoing;
    public Adjacency Incoming;
    // Written by readers (same value from any of them: a benign race), emptied by the writer.
    private GraphNode? _merged;

    public GraphNode Merged => _merged ??= Store.Contributions.MergeNodes(Contributions.InDocumentOrder());

    public bool Set(string document, GraphNode node)
    {
        _merged = null;
        return Contributions.Set(document, node);
    }

    public void Remove(string document)
    {
        _merged = null;
        Contributions.Remove(document);
    }
}
