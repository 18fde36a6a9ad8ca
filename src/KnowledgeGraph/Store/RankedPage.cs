using System.Globalization;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>
/// Sorts ranked nodes by a query's order (ties by id) and cuts the page after its cursor. Cursors are keyset:
/// the last node's rank value and id, so a page follows the one before it even if nodes came or went.
/// </summary>
internal static class RankedPage
{
    public static Page<GraphNode> Of(IEnumerable<RankedNode> matching, NodeQuery query) => Cut(Sort(matching, query), query);

    /// <summary>The matching nodes in the query's order.</summary>
    public static List<RankedNode> Sort(IEnumerable<RankedNode> matching, NodeQuery query)
    {
        var sorted = matching.ToList();
        sorted.Sort((a, b) => Compare(a, b, query));
        return sorted;
    }

    /// <summary>The page after the query's cursor, from nodes already in its order (not changed).</summary>
    public static Page<GraphNode> Cut(IReadOnlyList<RankedNode> sorted, NodeQuery query)
    {
        var after = Cursor.DecodeRanked(query.After);
        var start = after is { } cursor ? IndexAfter(sorted, cursor, query) : 0;
        var page = start < 0 ? [] : sorted.Skip(start).Take(query.First).ToList();
        var hasNext = start >= 0 && start + page.Count < sorted.Count;
        return new Page<GraphNode>([.. page.Select(node => node.Node)], hasNext, page.Count > 0 ? CursorOf(page[^1], query.OrderBy) : null, sorted.Count)
        {
            Cursors = [.. page.Select(node => CursorOf(node, query.OrderBy))],
        };
    }

    private static int IndexAfter(IReadOnlyList<RankedNode> sorted, (string? Rank, string Id) cursor, NodeQuery query)
    {
        for (var i = 0; i < sorted.Count; i++)
        {
            if (IsAfter(sorted[i], cursor, query))
            {
                return i;
            }
        }
        return -1;
    }

    public static string CursorOf(RankedNode node, NodeOrder order) => order switch
    {
        NodeOrder.Id => Cursor.Encode(node.Node.Id),
        NodeOrder.Name => Cursor.Encode(node.Node.Name, node.Node.Id),
        _ => Cursor.Encode(Rank(node, order).ToString(CultureInfo.InvariantCulture), node.Node.Id),
    };

    private static int Compare(RankedNode a, RankedNode b, NodeQuery query)
    {
        var byRank = query.OrderBy switch
        {
            NodeOrder.Id => 0,
            NodeOrder.Name => string.CompareOrdinal(a.Node.Name, b.Node.Name),
            _ => Rank(a, query.OrderBy).CompareTo(Rank(b, query.OrderBy)),
        };
        return byRank != 0 ? (query.Descending ? -byRank : byRank) : string.CompareOrdinal(a.Node.Id, b.Node.Id);
    }

    private static bool IsAfter(RankedNode node, (string? Rank, string Id) cursor, NodeQuery query)
    {
        var byRank = query.OrderBy switch
        {
            NodeOrder.Id => 0,
            NodeOrder.Name => string.CompareOrdinal(node.Node.Name, cursor.Rank ?? ""),
            _ => Rank(node, query.OrderBy).CompareTo(int.TryParse(cursor.Rank, CultureInfo.InvariantCulture, out var rank) ? rank : 0),
        };
        byRank = query.Descending ? -byRank : byRank;
        return byRank > 0 || (byRank == 0 && string.CompareOrdinal(node.Node.Id, cursor.Id) > 0);
    }

    private static int Rank(RankedNode node, NodeOrder order) => order == NodeOrder.Documents ? node.Documents : node.Evidence;
}
