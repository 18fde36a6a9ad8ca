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

    public GraphNode Merged => Contributions.Merged(Store.Contributions.MergeNodes);
}
