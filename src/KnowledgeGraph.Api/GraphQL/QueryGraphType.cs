using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.GraphQL;

public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        Field<NodeInterfaceGraphType>("node")
            .Description("Any node by its id, e.g. \"challenge:explainability\"; null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(ctx => ctx.Loader().Node(ctx.GetArgument<string>("id")));
        Concepts<TrendGraphType>("trends", NodeKind.Trend);
        Concepts<ChallengeGraphType>("challenges", NodeKind.Challenge);
        Concepts<IndustryGraphType>("industries", NodeKind.Industry);
        Concepts<TechnologyGraphType>("technologies", NodeKind.Technology);
        Paged<ReferenceGraphType>("references", NodeKind.Reference);
        Paged<DocumentGraphType>("documents", NodeKind.Document);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitGraphType>>>>("search")
            .Description("Nodes whose name, English name, alias or key contains the text; Chinese substrings work. Sections only when `kinds` asks for SECTION.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<NodeKindGraphType>>>("kinds")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 20)
            .ResolveAsync(async ctx => await ctx.Store().SearchAsync(ctx.GetArgument<string>("text"),
                ctx.GetArgument<List<NodeKind>?>("kinds"), ctx.First(), ctx.CancellationToken));

        Field<NonNullGraphType<SubgraphGraphType>>("neighborhood")
            .Description("The nodes within `depth` hops of a node, either direction, and the relations among them.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("depth", argument => argument.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<RelationTypeGraphType>>>("relations")
            .ResolveAsync(async ctx => await ctx.Store().NeighborhoodAsync(ctx.GetArgument<string>("id"),
                Bounded(ctx, "depth", ctx.Limits().MaxNeighborhoodDepth), ctx.GetArgument<List<RelationType>?>("relations"), ctx.CancellationToken));

        Field<PathGraphType>("path")
            .Description("A shortest path of at most `maxHops` relations, ignoring direction; null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", argument => argument.DefaultValue = 4)
            .ResolveAsync(async ctx => await ctx.Store().ShortestPathAsync(ctx.GetArgument<string>("from"), ctx.GetArgument<string>("to"),
                Bounded(ctx, "maxHops", ctx.Limits().MaxPathHops), ctx.CancellationToken));

        Field<NonNullGraphType<ImpactMatrixGraphType>>("matrix")
            .Description("An impact matrix: challenges (or trends) × the industries they affect, the `first` most-reported rows and `columnsFirst` columns.")
            .Argument<NonNullGraphType<MatrixRowsGraphType>>("rows")
            .Argument<MatrixColumnsGraphType>("columns", argument => argument.DefaultValue = MatrixColumns.Industry)
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 20)
            .Argument<IntGraphType>("columnsFirst", argument => argument.DefaultValue = 20)
            .ResolveAsync(async ctx => await ctx.Store().MatrixAsync(ctx.GetArgument<MatrixRows>("rows") == MatrixRows.Trend ? NodeKind.Trend : NodeKind.Challenge,
                ctx.First(), Bounded(ctx, "columnsFirst", ctx.Limits().MaxPageSize), ctx.CancellationToken));

        Field<NonNullGraphType<GraphStatsGraphType>>("stats")
            .ResolveAsync(async ctx => await ctx.Store().StatsAsync(ctx.CancellationToken));
    }

    private void Concepts<TGraphType>(string name, NodeKind kind) where TGraphType : IGraphType =>
        Field<NonNullGraphType<ConnectionGraphType<TGraphType>>>(name)
            .Description("A page of concepts; with a relationship filter ranked by the reports that say so (most first), else by id, unless `orderBy` says.")
            .Argument<ConceptFilterGraphType>("filter")
            .Argument<ConceptOrderGraphType>("orderBy")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 50)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx =>
            {
                var filter = ctx.GetArgument<ConceptFilter?>("filter");
                var order = ctx.GetArgument<ConceptOrder?>("orderBy")
                    ?? new ConceptOrder { Field = ConceptFilterGraphType.HasRelationshipFilter(filter) ? NodeOrder.Documents : NodeOrder.Id };
                return await ctx.Store().ListAsync(new NodeQuery(kind)
                {
                    NameContains = filter?.NameContains,
                    Keys = filter?.Keys,
                    AffectsIndustries = filter?.AffectsIndustries,
                    AffectsAllIndustries = filter?.AffectsAllIndustries,
                    Mitigates = filter?.Mitigates,
                    MitigatedBy = filter?.MitigatedBy,
                    Documents = filter?.Documents,
                    Language = filter?.Language,
                    OrderBy = order.Field,
                    Descending = (order.Direction ?? (order.Field is NodeOrder.Documents or NodeOrder.Evidence ? SortDirection.Desc : SortDirection.Asc)) == SortDirection.Desc,
                    First = ctx.First(),
                    After = ValidCursor(ctx),
                }, ctx.CancellationToken);
            });

    private void Paged<TGraphType>(string name, NodeKind kind) where TGraphType : IGraphType =>
        Field<NonNullGraphType<ConnectionGraphType<TGraphType>>>(name)
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 50)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx => await ctx.Store().ListAsync(new NodeQuery(kind) { First = ctx.First(), After = ValidCursor(ctx) }, ctx.CancellationToken));

    private static string? ValidCursor(IResolveFieldContext context)
    {
        var after = context.GetArgument<string?>("after");
        try
        {
            Cursor.Decode(after);
            return after;
        }
        catch (ArgumentException ex)
        {
            throw new ExecutionError(ex.Message) { Code = ErrorCodes.BadInput };
        }
    }

    private static int Bounded(IResolveFieldContext context, string argument, int max)
    {
        var value = context.GetArgument<int>(argument);
        return value >= 0 && value <= max
            ? value
            : throw new ExecutionError($"'{argument}' must be between 0 and {max}; it was {value}.") { Code = ErrorCodes.LimitExceeded };
    }
}
