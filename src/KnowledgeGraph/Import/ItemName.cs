using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import;

/// <summary>
/// A clean name from a heading or a lead: no citation markers, no "(1/2)" slide counters, no trailing
/// punctuation, at most <see cref="MaxLength"/> characters cut at a clause.
/// </summary>
internal static partial class ItemName
{
    public const int MaxLength = 60;

    public static string Of(string heading)
    {
        var name = SlideCounter().Replace(Citations.Strip(heading), "").Trim();
        // "方法一:BERT", "Step 2: Dry runs": the enumeration is not part of the name.
        name = EnumeratedPrefix().Replace(name, "");
        name = name.Trim(' ', ':', '.', '。', ',', ';', '!', '?', '-', '—', '|', '*', '"', '“', '”', '\'');
        if (name.Length > MaxLength)
        {
            var clause = name.AsSpan(0, MaxLength).LastIndexOfAny(",;。");
            name = clause > 8 ? name[..clause] : name[..MaxLength];
        }
        return name.Trim();
    }

    /// <summary>The part of a name that says what the problem is: "提示注入风险" → 提示注入, "Privacy challenges" → Privacy.</summary>
    /// <param name="name">An item's name.</param>
    /// <param name="loweredCues">The cue words in lower case (<see cref="Lowercase"/>), longest first.</param>
    public static string Core(string name, IReadOnlyList<string> loweredCues)
    {
        var core = name.Contains('(') ? Parenthetical().Replace(name, "").Trim() : name.Trim();
        var lowered = Lowercase.Of(core);
        foreach (var cue in loweredCues)
        {
            if (lowered.Length > cue.Length + 1 && lowered.EndsWith(cue, StringComparison.Ordinal))
            {
                return core[..^cue.Length].TrimEnd(' ', '的', '与', '和', '及');
            }
        }
        return core;
    }

    /// <summary>Long enough to name something: two Chinese characters, or four of a Latin word.</summary>
    public static bool IsLongEnough(string name) => name.Length >= (HeadingText.HasCjk(name) ? 2 : 4);

    /// <summary>
    /// The key a discovered concept gets: its name without a closing cue word and, in English, without a plural
    /// "s" — "提示注入风险" and "提示注入", "Hallucinations" and "Hallucination" are one node across reports, and
    /// the key depends on the name alone, never on what was imported before.
    /// </summary>
    /// <param name="name">An item's name.</param>
    /// <param name="loweredCues">The trend and challenge cue words in lower case, longest first.</param>
    public static string Key(string name, IReadOnlyList<string> loweredCues)
    {
        var core = Core(name, loweredCues);
        if (!IsLongEnough(core))
        {
            core = name;
        }
        core = core[..(core.LastIndexOf(' ') + 1)] + Singular(core[(core.LastIndexOf(' ') + 1)..]);
        var key = Graph.NodeId.Slug(core);
        return key.Length > 0 ? key : Graph.NodeId.Slug(name);
    }

    private const double SameNameSimilarity = 0.7;

    /// <summary>Names of one thing: one contains the other (and is not a fragment of it), or they share most character pairs.</summary>
    public static bool SameName(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (IsLongEnough(shorter) && shorter.Length * 2 >= longer.Length && longer.Contains(shorter, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // Dice cannot reach the bar when one name has far fewer pairs than the other: most pairs stop here.
        return 2.0 * shorter.Length / (shorter.Length + longer.Length) >= SameNameSimilarity && ThemeMatcher.Similarity(a, b) >= SameNameSimilarity;
    }

    /// <summary>An English plural's singular by its spelling (limits → limit, indexes → index, strategies → strategy); other words as they are.</summary>
    private static string Singular(string word)
    {
        if (word.Length <= 3 || word[^1] != 's' || !char.IsAsciiLetterLower(word[^2]) || word.EndsWith("ss", StringComparison.Ordinal)
            || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }
        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }
        return word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("sses", StringComparison.Ordinal) ? word[..^2] : word[..^1];
    }

    [GeneratedRegex(@"^(?:方法|方案|策略|措施|步骤|手段|途径|思路|method|approach|strategy|step|solution|option)\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[:.、)]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex EnumeratedPrefix();

    [GeneratedRegex(@"\s*\(\d+\s*/\s*\d+\)\s*")]
    private static partial Regex SlideCounter();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();
}
