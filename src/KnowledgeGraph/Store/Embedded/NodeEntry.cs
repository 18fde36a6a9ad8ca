using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Embedded;

/// <summary>A node of the embedded store: its contributions and the relations that leave and reach it.</summary>
internal sealed class NodeEntry(string id, NodeKind kind) : Contributed<GraphNode>
{
    public string Id { get; } = id;

    public NodeKind Kind { get; } = kind;

    public List<RelationEntry> Outgoing { get; } = [];

    public List<RelationEntry> Incoming { get; } = [];

    protected override GraphNode Merge(IList<GraphNode> byDocument) => Contributions.MergeNodes(byDocument);
}
