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

    // Each theme's terms as one cue set: a sentence is searched once per theme, not once per term.
    private readonly Dictionary<NodeKind, (Theme Theme, CueSet Terms)[]> _termSets = new[] { NodeKind.Trend, NodeKind.Challenge }
        .ToDictionary(kind => kind, kind => ontology.ThemesFor(kind).Select(theme => (theme, new CueSet(theme.Terms))).ToArray());

    // Each theme's name and aliases as bigrams, made once: every item that names no term is compared with all of them.
    private readonly Dictionary<NodeKind, (Theme Theme, int[][] Names)[]> _knownPairs = new[] { NodeKind.Trend, NodeKind.Challenge }
        .ToDictionary(kind => kind, kind => ontology.ThemesFor(kind)
            .Select(theme => (theme, theme.Aliases.Prepend(theme.Name).Select(Bigrams).ToArray())).ToArray());

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
        if (best is not null || name.Length < 2)
        {
            return best;
        }
        var pairs = Bigrams(name);
        return _knownPairs.GetValueOrDefault(kind, [])
            .Select(known => (known.Theme, Score: known.Names.Max(names => Similarity(names, pairs))))
            .Where(candidate => candidate.Score >= MinSimilarity)
            .OrderByDescending(candidate => candidate.Score)
            .Select(candidate => candidate.Theme)
            .FirstOrDefault();
    }

    /// <summary>Which challenge themes a sentence talks about (for MITIGATES), ignoring case.</summary>
    public IEnumerable<Theme> Mentioned(NodeKind kind, string sentence) =>
        _termSets.GetValueOrDefault(kind, []).Where(theme => theme.Terms.IsIn(sentence)).Select(theme => theme.Theme);

    /// <summary>Character-bigram Dice of the lowered names, on sorted arrays of pair codes (it runs for every item and section name).</summary>
    internal static double Similarity(string a, string b) => a.Length < 2 || b.Length < 2 ? 0 : Similarity(PairsOf(a), PairsOf(b));

    // A document's item names are compared with one another pairwise: each name's pairs are made once per thread.
    [ThreadStatic]
    private static Dictionary<string, int[]>? t_pairs;

    private const int MaxKeptPairs = 4096;

    private static int[] PairsOf(string name)
    {
        var kept = t_pairs ??= new Dictionary<string, int[]>(StringComparer.Ordinal);
        if (kept.Count >= MaxKeptPairs)
        {
            kept.Clear();
        }
        ref var pairs = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(kept, name, out var known);
        if (!known)
        {
            pairs = Bigrams(name);
        }
        return pairs!;
    }

    private static double Similarity(int[] left, int[] right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return 0;
        }
        var shared = 0;
        for (int i = 0, j = 0; i < left.Length && j < right.Length;)
        {
            var order = left[i].CompareTo(right[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        return 2.0 * shared / (left.Length + right.Length);
    }

    /// <summary>The distinct bigrams of the lowered value as sorted codes.</summary>
    private static int[] Bigrams(string value)
    {
        if (value.Length < 2)
        {
            return [];
        }
        var codes = new int[value.Length - 1];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = (Lowercase.Of(value[i]) << 16) | Lowercase.Of(value[i + 1]);
        }
        Array.Sort(codes);
        var distinct = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            if (i == 0 || codes[i] != codes[i - 1])
            {
                codes[distinct++] = codes[i];
            }
        }
        return distinct == codes.Length ? codes : codes[..distinct];
    }
}
