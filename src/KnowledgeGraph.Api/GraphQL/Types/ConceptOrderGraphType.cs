using GraphQL.Types;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.GraphQL.Types;

public enum SortDirection
{
    Asc,
    Desc,
}

/// <summary>How a concept list is sorted: by a field, ascending or descending; ties by id. Immutable, as <see cref="ConceptFilter"/>.</summary>
public sealed class ConceptOrder
{
    public NodeOrder Field { get; init; } = NodeOrder.Documents;
    /// <summary>Null: most first for counts, A to Z for names and ids.</summary>
    public SortDirection? Direction { get; init; }
}

public sealed class ConceptOrderFieldGraphType : EnumerationGraphType<NodeOrder>
{
    public ConceptOrderFieldGraphType()
    {
        Name = "ConceptOrderField";
        Description = "DOCUMENTS and EVIDENCE count the reports and sentences that say so: with a relationship filter (affectsIndustries, mitigates…) those of the matched relations, else those naming the concept.";
    }
}

public sealed class SortDirectionGraphType : EnumerationGraphType<SortDirection>
{
    public SortDirectionGraphType() => Name = "SortDirection";
}

public sealed class ConceptOrderGraphType : InputObjectGraphType<ConceptOrder>
{
    public ConceptOrderGraphType()
    {
        Name = "ConceptOrder";
        Field<NonNullGraphType<ConceptOrderFieldGraphType>>("field");
        Field<SortDirectionGraphType>("direction").Description("Default: DESC for DOCUMENTS and EVIDENCE, ASC for NAME and ID.");
    }
}
