using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>Filters of a concept list; entries may be ids, keys, names, English names or aliases.</summary>
public sealed class ConceptFilter
{
    public string? NameContains { get; set; }
    public List<string>? Keys { get; set; }
    public List<string>? AffectsIndustries { get; set; }
    public List<string>? AffectsAllIndustries { get; set; }
    public List<string>? Documents { get; set; }
    public string? Language { get; set; }
    public List<string>? Mitigates { get; set; }
    public List<string>? MitigatedBy { get; set; }
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
