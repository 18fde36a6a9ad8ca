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

    /// <summary>A page of the relations' evidence, one after another, without copying the rest (a node named by thousands of reports has thousands).</summary>
    public static EvidencePage Of(IReadOnlyList<Relation> relations, int first, string? after)
    {
        var total = 0;
        foreach (var relation in relations)
        {
            total += relation.Evidence.Count;
        }
        var start = Start(after);
        var items = relations.SelectMany(relation => relation.Evidence).Skip(start).Take(first).ToList();
        return Page(items, total, start);
    }

    /// <summary>Evidence lists keep their order (by document, then as read), so a cursor is a position in it.</summary>
    public static EvidencePage Of(IReadOnlyList<Evidence> all, int first, string? after)
    {
        var start = Start(after);
        return Page([.. all.Skip(start).Take(first)], all.Count, start);
    }

    private static int Start(string? after)
    {
        if (after is null)
        {
            return 0;
        }
        return int.TryParse(Cursor.Decode(after), NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position + 1
            : throw new ExecutionError($"'{after}' is not an evidence cursor this service issued") { Code = ErrorCodes.BadInput };
    }

    private static EvidencePage Page(List<Evidence> items, int total, int start)
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

    /// <summary>The same for the evidence of relations that have to be loaded first.</summary>
    public static void AddLoaded<TSource>(ObjectGraphType<TSource> type, string description,
        Func<IResolveFieldContext<TSource>, IDataLoaderResult<IReadOnlyList<Relation>>> all) =>
        type.Field<NonNullGraphType<EvidenceConnectionGraphType>>("evidence")
            .Description(description)
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = EvidencePage.DefaultFirst)
            .Argument<StringGraphType>("after")
            .Resolve(ctx =>
            {
                var first = ctx.First();
                var after = ctx.GetArgument<string?>("after");
                return all(ctx).Then(evidence => EvidencePage.Of(evidence, first, after));
            });
}
