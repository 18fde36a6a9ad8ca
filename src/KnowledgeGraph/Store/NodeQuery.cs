using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>
/// A page of nodes of one kind. Filters combine with AND; the entries of one list filter combine with OR
/// (but <see cref="AffectsAllIndustries"/>: AND) and each may be an id, a key, a name, an English name or an
/// alias (<c>finance</c> = <c>金融</c>).
/// </summary>
public sealed record NodeQuery(NodeKind Kind)
{
    public string? NameContains { get; init; }
    public IReadOnlyList<string>? Keys { get; init; }
    /// <summary>Concepts that AFFECT any of these industries.</summary>
    public IReadOnlyList<string>? AffectsIndustries { get; init; }
    /// <summary>Concepts that AFFECT every one of these industries.</summary>
    public IReadOnlyList<string>? AffectsAllIndustries { get; init; }
    /// <summary>Concepts that MITIGATE any of these challenges.</summary>
    public IReadOnlyList<string>? Mitigates { get; init; }
    /// <summary>Challenges MITIGATED by any of these trends or technologies.</summary>
    public IReadOnlyList<string>? MitigatedBy { get; init; }
    /// <summary>Only nodes of this document (its sections): a document id or key.</summary>
    public string? InDocument { get; init; }
    /// <summary>Nodes named by any of these documents (ids or keys).</summary>
    public IReadOnlyList<string>? Documents { get; init; }
    /// <summary>Nodes named by a document in this language ("zh", "en").</summary>
    public string? Language { get; init; }
    public NodeOrder OrderBy { get; init; } = NodeOrder.Id;
    public bool Descending { get; init; }
    public int First { get; init; } = 50;
    /// <summary>The <see cref="Page{T}.EndCursor"/> of the previous page.</summary>
    public string? After { get; init; }
}
