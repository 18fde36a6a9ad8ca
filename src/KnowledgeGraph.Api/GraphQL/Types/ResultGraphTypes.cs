using GraphQL.Types;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.GraphQL.Types;

// Small result shapes of the Query root, one screen together.
public sealed class SearchHitGraphType : ObjectGraphType<SearchHit>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Field<NonNullGraphType<NodeInterfaceGraphType>>("node").Resolve(ctx => ctx.Source.Node);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(ctx => ctx.Source.Score);
    }
}

public sealed class SubgraphGraphType : ObjectGraphType<Subgraph>
{
    public SubgraphGraphType()
    {
        Name = "Subgraph";
        SubgraphFields.Add(this);
    }
}

public sealed class PathGraphType : ObjectGraphType<Subgraph>
{
    public PathGraphType()
    {
        Name = "Path";
        Description = "Nodes from start to end, and the relations between consecutive ones.";
        SubgraphFields.Add(this);
    }
}

internal static class SubgraphFields
{
    public static void Add(ObjectGraphType<Subgraph> type)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterfaceGraphType>>>>("nodes").Resolve(ctx => ctx.Source.Nodes);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations").Resolve(ctx => ctx.Source.Relations);
    }
}

public sealed class GraphStatsGraphType : ObjectGraphType<GraphStats>
{
    public GraphStatsGraphType()
    {
        Name = "GraphStats";
        Field<NonNullGraphType<IntGraphType>>("nodeCount").Resolve(ctx => ctx.Source.NodeCount);
        Field<NonNullGraphType<IntGraphType>>("relationCount").Resolve(ctx => ctx.Source.RelationCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountGraphType>>>>("byKind")
            .Resolve(ctx => ctx.Source.ByKind.OrderBy(pair => pair.Key).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationCountGraphType>>>>("byRelation")
            .Resolve(ctx => ctx.Source.ByRelation.OrderBy(pair => pair.Key).ToList());
    }
}

public sealed class KindCountGraphType : ObjectGraphType<KeyValuePair<NodeKind, int>>
{
    public KindCountGraphType()
    {
        Name = "KindCount";
        Field<NonNullGraphType<NodeKindGraphType>>("kind").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Value);
    }
}

public sealed class RelationCountGraphType : ObjectGraphType<KeyValuePair<RelationType, int>>
{
    public RelationCountGraphType()
    {
        Name = "RelationCount";
        Field<NonNullGraphType<RelationTypeGraphType>>("type").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Value);
    }
}
