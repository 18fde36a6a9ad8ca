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
        EvidenceField.Add(this, "The sentences that say so, a page at a time (5 unless `first` says).", ctx => ctx.Source.Evidence);
        Field<NonNullGraphType<IntGraphType>>("documentCount")
            .Description("How many documents say so.")
            .Resolve(ctx => ctx.Source.DocumentCount);
        Field<NonNullGraphType<IntGraphType>>("evidenceCount")
            .Description("How many sentences say so (the evidence's totalCount).")
            .Resolve(ctx => ctx.Source.Evidence.Count);
    }
}
