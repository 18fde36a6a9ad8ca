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

    [GeneratedRegex(@"^(?:方法|方案|策略|措施|步骤|手段|途径|思路|method|approach|strategy|step|solution|option)\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[:.、)]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex EnumeratedPrefix();

    [GeneratedRegex(@"\s*\(\d+\s*/\s*\d+\)\s*")]
    private static partial Regex SlideCounter();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();
}
