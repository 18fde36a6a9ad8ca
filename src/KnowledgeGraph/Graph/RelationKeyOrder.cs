namespace KnowledgeGraph.Graph;

/// <summary>Relations in a stable order: by type, then start, then end (ordinal).</summary>
public sealed class RelationKeyOrder : IComparer<RelationKey>
{
    public static RelationKeyOrder Instance { get; } = new();

    // Compared as numbers: Enum.CompareTo(object) would box both.
    public int Compare(RelationKey x, RelationKey y) =>
        x.Type != y.Type ? ((int)x.Type).CompareTo((int)y.Type)
        : string.CompareOrdinal(x.From, y.From) is var from and not 0 ? from
        : string.CompareOrdinal(x.To, y.To);
}
