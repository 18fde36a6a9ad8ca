using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>How a user's words name a node: by id, key, name, English name or alias, ignoring case.</summary>
public static class NameMatch
{
    public static IEnumerable<string> NamesOf(GraphNode node) =>
        node.Aliases.Prepend(node.Name).Append(node.Key).Concat(node.NameEn is null ? [] : [node.NameEn]);

    public static bool Names(GraphNode node, string words) =>
        node.Id.Equals(words, StringComparison.OrdinalIgnoreCase)
        || NamesOf(node).Any(name => name.Equals(words, StringComparison.OrdinalIgnoreCase));

    /// <summary>1 for an exact name, less for a prefix, less again for a substring in proportion to how much it covers; 0 for none.</summary>
    /// <remarks>Search scores every node for every question: the names are walked without allocating.</remarks>
    public static double Score(GraphNode node, string query)
    {
        var best = Score(node.Name, query);
        foreach (var alias in node.Aliases)
        {
            best = Math.Max(best, Score(alias, query));
        }
        best = Math.Max(best, Score(node.Key, query));
        if (node.NameEn is { } english)
        {
            best = Math.Max(best, Score(english, query));
        }
        return Math.Round(best, 4);
    }

    private static double Score(string name, string query)
    {
        var index = name.IndexOf(query, StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return 0;
        }
        var coverage = (double)query.Length / name.Length;
        return index == 0 ? (coverage >= 1 ? 1.0 : 0.6 + 0.3 * coverage) : 0.3 + 0.3 * coverage;
    }
}
