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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeGraphType>>>>>("edges").Resolve(ctx =>
            ctx.Source.Items.Select((node, i) => new Edge(node, ctx.Source.Cursors?[i] ?? Cursor.Encode(node.Id))).ToList());
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(ctx => new PageInfo(ctx.Source.HasNextPage, ctx.Source.EndCursor));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(ctx => ctx.Source.TotalCount);
    }
}

/// <summary>A node of a page and the cursor that continues after it.</summary>
public sealed record Edge(GraphNode Node, string Cursor);

public sealed class EdgeGraphType<TNodeGraphType> : ObjectGraphType<Edge> where TNodeGraphType : IGraphType
{
    public EdgeGraphType()
    {
        Name = $"{typeof(TNodeGraphType).Name.Replace("GraphType", "", StringComparison.Ordinal)}Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Resolve(ctx => ctx.Source.Node);
    }
}

public sealed record PageInfo(bool HasNextPage, string? EndCursor);

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(ctx => ctx.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Resolve(ctx => ctx.Source.EndCursor);
    }
}
