using GraphQL.Types;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary><c>TrendConnection</c>, <c>ChallengeConnection</c>, …: one page of a list, Relay style.</summary>
public sealed class ConnectionGraphType<TNodeGraphType> : ObjectGraphType<Page<GraphNode>> where TNodeGraphType : IGraphType
{
    public ConnectionGraphType()
    {
        Name = $"{typeof(TNodeGraphType).Name.Replace("GraphType", "", StringComparison.Ordinal)}Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes").Resolve(ctx => ctx.Source.Items);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeGraphType>>>>>("edges").Resolve(ctx => ctx.Source.Items);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(ctx => ctx.Source);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(ctx => ctx.Source.TotalCount);
    }
}

public sealed class EdgeGraphType<TNodeGraphType> : ObjectGraphType<GraphNode> where TNodeGraphType : IGraphType
{
    public EdgeGraphType()
    {
        Name = $"{typeof(TNodeGraphType).Name.Replace("GraphType", "", StringComparison.Ordinal)}Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(ctx => Cursor.Encode(ctx.Source.Id));
        Field<NonNullGraphType<TNodeGraphType>>("node").Resolve(ctx => ctx.Source);
    }
}

public sealed class PageInfoGraphType : ObjectGraphType<Page<GraphNode>>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(ctx => ctx.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Resolve(ctx => ctx.Source.EndCursor);
    }
}
