namespace KnowledgeGraph.Graph;

/// <summary>A typed, directed edge with its confidence (0..1) and at least one piece of evidence.</summary>
public sealed record Relation(RelationType Type, string From, string To, double Confidence, IReadOnlyList<Evidence> Evidence)
{
    public RelationKey Key => new(Type, From, To);

    /// <summary>How many documents say so: 1 in one document's graph, the contributing documents' count in a store.</summary>
    public int DocumentCount { get; init; } = 1;
}

/// <summary>What makes a relation one relation: its type and its two ends.</summary>
public readonly record struct RelationKey(RelationType Type, string From, string To);
