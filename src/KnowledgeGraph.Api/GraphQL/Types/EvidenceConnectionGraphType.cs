using System.Globalization;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Loading;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>
/// A page of evidence sentences, so an answer's size does not grow with the corpus: a thousand reports
/// naming one challenge give a thousand sentences, of which a client shows a few and pages through the rest.
/// </summary>
public sealed record EvidencePage(IReadOnlyList<Evidence> Items, int TotalCount, bool HasNextPage, string? EndCursor)
{
    /// <summary>Default page size of <c>evidence</c>.</summary>
    public const int DefaultFirst = 5;

    /// <summary>A page the store cut (<see cref="IGraphStore.EvidenceAsync"/>), starting at <paramref name="start"/>.</summary>
    public static EvidencePage Of(EvidenceSlice slice, int start) => Page(slice.Items, slice.Total, start);

    /// <summary>Evidence lists keep their order (by document, then as read), so a cursor is a position in it.</summary>
    public static EvidencePage Of(IReadOnlyList<Evidence> all, int first, string? after)
    {
        var start = Start(after);
        return Page([.. all.Skip(start).Take(first)], all.Count, start);
    }

    /// <summary>Where the page after <paramref name="after"/> starts.</summary>
    public static int Start(string? after)
    {
        if (after is null)
        {
            return 0;
        }
        return int.TryParse(Cursor.Decode(after), NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position + 1
            : throw new ExecutionError($"'{after}' is not an evidence cursor this service issued") { Code = ErrorCodes.BadInput };
    }

    private static EvidencePage Page(IReadOnlyList<Evidence> items, int total, int start)
    {
        var end = start + items.Count;
        return new EvidencePage(items, total, end < total, items.Count > 0 ? Cursor.Encode((end - 1).ToString(CultureInfo.InvariantCulture)) : null);
    }
}

public sealed class EvidenceConnectionGraphType : ObjectGraphType<EvidencePage>
{
    public EvidenceConnectionGraphType()
    {
        Name = "EvidenceConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceGraphType>>>>("nodes").Resolve(ctx => ctx.Source.Items);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(ctx => new PageInfo(ctx.Source.HasNextPage, ctx.Source.EndCursor));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(ctx => ctx.Source.TotalCount);
    }
}

internal static class EvidenceField
{
    /// <summary>Adds <c>evidence(first: 5, after:)</c> resolving to a page of what <paramref name="all"/> gives.</summary>
    public static void Add<TSource>(ObjectGraphType<TSource> type, string description, Func<IResolveFieldContext<TSource>, IReadOnlyList<Evidence>> all) =>
        type.Field<NonNullGraphType<EvidenceConnectionGraphType>>("evidence")
            .Description(description)
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = EvidencePage.DefaultFirst)
            .Argument<StringGraphType>("after")
            .Resolve(ctx => EvidencePage.Of(all(ctx), ctx.First(), ctx.GetArgument<string?>("after")));

    /// <summary>The same for a page the store cuts: <paramref name="page"/> gets the position to start at and how many to take.</summary>
    public static void AddLoaded<TSource>(ObjectGraphType<TSource> type, string description,
        Func<IResolveFieldContext<TSource>, int, int, IDataLoaderResult<EvidenceSlice>> page) =>
        type.Field<NonNullGraphType<EvidenceConnectionGraphType>>("evidence")
            .Description(description)
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = EvidencePage.DefaultFirst)
            .Argument<StringGraphType>("after")
            .Resolve(ctx =>
            {
                var first = ctx.First();
                var start = EvidencePage.Start(ctx.GetArgument<string?>("after"));
                return page(ctx, start, first).Then(slice => EvidencePage.Of(slice, start));
            });
}
