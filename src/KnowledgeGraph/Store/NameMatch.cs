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
        // Chinese has no case: an ordinal search is the vectorized one, and finds the same.
        var comparison = HasCase(query) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var best = Score(node.Name, query, comparison);
        foreach (var alias in node.Aliases)
        {
            best = Math.Max(best, Score(alias, query, comparison));
        }
        best = Math.Max(best, Score(node.Key, query, comparison));
        if (node.NameEn is { } english)
        {
            best = Math.Max(best, Score(english, query, comparison));
        }
        return Math.Round(best, 4);
    }

    private static bool HasCase(string text)
    {
        foreach (var c in text)
        {
            if (char.ToUpperInvariant(c) != char.ToLowerInvariant(c))
            {
                return true;
            }
        }
        return false;
    }

    private static double Score(string name, string query, StringComparison comparison)
    {
        var index = name.IndexOf(query, comparison);
        if (index < 0)
        {
            return 0;
        }
        var coverage = (double)query.Length / name.Length;
        return index == 0 ? (coverage >= 1 ? 1.0 : 0.6 + 0.3 * coverage) : 0.3 + 0.3 * coverage;
    }
}
