using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

public sealed class KnowledgeGraphSchema : Schema
{
    public KnowledgeGraphSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Trends, challenges, industries and technologies read from reports, each relation with the sentence that justifies it.";
    }
}
