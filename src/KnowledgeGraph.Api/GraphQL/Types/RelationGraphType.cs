using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api.GraphQL.Types;

public sealed class RelationGraphType : ObjectGraphType<Relation>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Field<NonNullGraphType<RelationTypeGraphType>>("type").Resolve(ctx => ctx.Source.Type);
        Field<NonNullGraphType<NodeInterfaceGraphType>>("from").Resolve(ctx => ctx.Loader().Node(ctx.Source.From));
        Field<NonNullGraphType<NodeInterfaceGraphType>>("to").Resolve(ctx => ctx.Loader().Node(ctx.Source.To));
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(ctx => ctx.Source.Confidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceGraphType>>>>("evidence").Resolve(ctx => ctx.Source.Evidence);
    }
}
