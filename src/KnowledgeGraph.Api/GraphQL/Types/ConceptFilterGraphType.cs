using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>Filters of a concept list; entries may be ids, keys, names, English names or aliases.</summary>
public sealed class ConceptFilter
{
    public string? NameContains { get; set; }
    public List<string>? Keys { get; set; }
    public List<string>? AffectsIndustries { get; set; }
    public List<string>? Mitigates { get; set; }
    public List<string>? MitigatedBy { get; set; }
}

public sealed class ConceptFilterGraphType : InputObjectGraphType<ConceptFilter>
{
    public ConceptFilterGraphType()
    {
        Name = "ConceptFilter";
        Field<StringGraphType>("nameContains").Description("A substring of the name, English name or an alias (Chinese works).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keys");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("affectsIndustries").Description("AFFECTS any of these industries (OR).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("mitigates").Description("MITIGATES any of these challenges (OR).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("mitigatedBy").Description("MITIGATED by any of these trends or technologies (OR).");
    }
}
