using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Loading;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>The fields node types share, written once: the <c>Node</c> interface's and the concept kinds'.</summary>
internal static class NodeFields
{
    /// <summary>The interface's fields: declared only, resolved by each object type.</summary>
    public static void DeclareCommon(InterfaceGraphType<GraphNode> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id");
        type.Field<NonNullGraphType<NodeKindGraphType>>("kind");
        type.Field<NonNullGraphType<StringGraphType>>("key");
        type.Field<NonNullGraphType<StringGraphType>>("name");
    }

    public static void AddCommon(ObjectGraphType<GraphNode> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        type.Field<NonNullGraphType<NodeKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        type.Field<NonNullGraphType<StringGraphType>>("key").Resolve(ctx => ctx.Source.Key);
        type.Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Name);
    }

    /// <summary>Trend, Challenge, Industry and Technology: names, evidence, documents and relations.</summary>
    public static void AddConcept(ObjectGraphType<GraphNode> type, NodeKind kind)
    {
        type.Interface<NodeInterfaceGraphType>();
        type.IsTypeOf = value => value is GraphNode node && node.Kind == kind;
        AddCommon(type);
        type.Field<StringGraphType>("nameEn").Resolve(ctx => ctx.Source.NameEn);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Resolve(ctx => ctx.Source.Aliases);
        type.Field<StringGraphType>("description").Resolve(ctx => ctx.Source.Description);
        EvidenceField.AddLoaded(type, "The sentences where the reports name it, a page at a time (5 unless `first` says).",
            (ctx, skip, take) => ctx.Loader().Evidence(ctx.Source.Id, RelationType.MentionedIn, skip, take));
        type.Field<NonNullGraphType<IntGraphType>>("documentCount")
            .Description("How many documents name it.")
            .Resolve(ctx => ctx.Source.DocumentCount);
        type.Field<NonNullGraphType<IntGraphType>>("evidenceCount")
            .Description("How many sentences name it (the evidence's totalCount).")
            .Resolve(ctx => ctx.Loader().Evidence(ctx.Source.Id, RelationType.MentionedIn, 0, 0).Then(slice => slice.Total));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentGraphType>>>>("documents")
            .Description("The documents that say anything about it.")
            .Resolve(ctx => ctx.Loader().Relations(ctx.Source.Id, null, Direction.Both)
                .ThenLoad(relations => ctx.Loader().Nodes(
                    [.. relations.SelectMany(relation => relation.Evidence).Select(evidence => evidence.DocumentId).Distinct().Order(StringComparer.Ordinal)])));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations")
            .Argument<RelationTypeGraphType>("type")
            .Argument<DirectionGraphType>("direction", argument => argument.DefaultValue = Direction.Both)
            .Resolve(ctx => ctx.Loader().Relations(ctx.Source.Id, ctx.GetArgument<RelationType?>("type"), ctx.GetArgument("direction", Direction.Both)));
    }

    /// <summary>A list of the nodes at the other end of one relation type.</summary>
    public static void AddNeighbours<TGraphType>(ObjectGraphType<GraphNode> type, string name, RelationType relation, Direction direction, string description)
        where TGraphType : IGraphType =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraphType>>>>(name)
            .Description(description)
            .Resolve(ctx => ctx.Loader().Neighbours(ctx.Source.Id, relation, direction));
}
