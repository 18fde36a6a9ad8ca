using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>
/// Filters of a concept list; entries may be ids, keys, names, English names or aliases. Immutable: a kept query's
/// parsed arguments are shared by the requests that send it (<see cref="ArgumentValueReuse"/>).
/// </summary>
public sealed class ConceptFilter
{
    public string? NameContains { get; init; }
    public IReadOnlyList<string>? Keys { get; init; }
    public IReadOnlyList<string>? AffectsIndustries { get; init; }
    public IReadOnlyList<string>? AffectsAllIndustries { get; init; }
    public IReadOnlyList<string>? Documents { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<string>? Mitigates { get; init; }
    public IReadOnlyList<string>? MitigatedBy { get; init; }
}

public sealed class ConceptFilterGraphType : InputObjectGraphType<ConceptFilter>
{
    /// <summary>Whether a relationship filter is set: then the list is ranked by the reports that say so.</summary>
    public static bool HasRelationshipFilter(ConceptFilter? filter) =>
        filter is { AffectsIndustries.Count: > 0 } or { AffectsAllIndustries.Count: > 0 } or { Mitigates.Count: > 0 } or { MitigatedBy.Count: > 0 };

    public ConceptFilterGraphType()
    {
        Name = "ConceptFilter";
        Field<StringGraphType>("nameContains").Description("A substring of the name, English name or an alias (Chinese works).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keys");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("affectsIndustries").Description("AFFECTS any of these industries (OR).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("affectsAllIndustries").Description("AFFECTS every one of these industries (AND).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("documents").Description("Named by any of these documents (ids or keys).");
        Field<StringGraphType>("language").Description("Named by a document in this language: zh or en.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("mitigates").Description("MITIGATES any of these challenges (OR).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("mitigatedBy").Description("MITIGATED by any of these trends or technologies (OR).");
    }
}
