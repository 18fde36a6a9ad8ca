using KnowledgeGraph.Graph;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Import;

/// <summary>
/// Places an item in a canonical theme so that one challenge written differently in two reports becomes
/// one node: the theme whose term appears first in the item's name wins; failing that, a theme whose name
/// or alias the item's name closely resembles (character-bigram Dice ≥ 0.6).
/// </summary>
internal sealed class ThemeMatcher(Ontology.Ontology ontology)
{
    private const double MinSimilarity = 0.6;

    // Terms in lower case, so each item's name is lowered once and searched ordinally (case-insensitive
    // search is the slow path for CJK text).
    private readonly Dictionary<NodeKind, (Theme Theme, string[] Terms)[]> _terms = new[] { NodeKind.Trend, NodeKind.Challenge }
        .ToDictionary(kind => kind, kind => ontology.ThemesFor(kind).Select(theme => (theme, theme.Terms.Select(Lowercase.Of).ToArray())).ToArray());

    public Theme? Match(NodeKind kind, string name)
    {
        Theme? best = null;
        var bestIndex = int.MaxValue;
        var bestLength = 0;
        var lowered = Lowercase.Of(name);
        foreach (var (theme, terms) in _terms.GetValueOrDefault(kind, []))
        {
            foreach (var term in terms)
            {
                var index = lowered.IndexOf(term, StringComparison.Ordinal);
                if (index >= 0 && (index < bestIndex || (index == bestIndex && term.Length > bestLength)))
                {
                    (best, bestIndex, bestLength) = (theme, index, term.Length);
                }
            }
        }
        return best ?? ontology.ThemesFor(kind)
            .Select(theme => (Theme: theme, Score: theme.Aliases.Prepend(theme.Name).Max(known => Similarity(known, name))))
            .Where(candidate => candidate.Score >= MinSimilarity)
            .OrderByDescending(candidate => candidate.Score)
            .Select(candidate => candidate.Theme)
            .FirstOrDefault();
    }

    /// <summary>Which challenge themes a sentence talks about (for MITIGATES).</summary>
    public IEnumerable<Theme> Mentioned(NodeKind kind, string sentence) =>
        ontology.ThemesFor(kind).Where(theme => theme.Terms.Any(term => sentence.Contains(term, StringComparison.OrdinalIgnoreCase)));

    internal static double Similarity(string a, string b)
    {
        var left = Bigrams(Lowercase.Of(a));
        var right = Bigrams(Lowercase.Of(b));
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }
        return 2.0 * left.Intersect(right).Count() / (left.Count + right.Count);
    }

    private static HashSet<string> Bigrams(string value) =>
        Enumerable.Range(0, Math.Max(0, value.Length - 1)).Select(i => value.Substring(i, 2)).ToHashSet(StringComparer.Ordinal);
}
