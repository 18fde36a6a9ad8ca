using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

public sealed record Page<T>(IReadOnlyList<T> Items, bool HasNextPage, string? EndCursor, int TotalCount)
{
    /// <summary>Each item's cursor, for ranked pages (a keyset cursor needs the rank); null: each node's id.</summary>
    public IReadOnlyList<string>? Cursors { get; init; }
}

/// <summary>Nodes and the relations among them: a neighbourhood, a path, or the whole graph.</summary>
public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<Relation> Relations);

public sealed record SearchHit(GraphNode Node, double Score);

/// <summary>A page of a node's evidence: <see cref="Items"/> from position <c>skip</c> on, and how many there are in all.</summary>
public sealed record EvidenceSlice(int Total, IReadOnlyList<Evidence> Items);

public sealed record GraphStats(
    int NodeCount,
    int RelationCount,
    IReadOnlyDictionary<NodeKind, int> ByKind,
    IReadOnlyDictionary<RelationType, int> ByRelation);
