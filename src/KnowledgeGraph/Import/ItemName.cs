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
        name = name.Trim(' ', ':', '.', '。', ',', ';', '!', '?', '-', '—', '|', '*', '"', '“', '”', '\'');
        if (name.Length > MaxLength)
        {
            var clause = name.AsSpan(0, MaxLength).LastIndexOfAny(",;。");
            name = clause > 8 ? name[..clause] : name[..MaxLength];
        }
        return name.Trim();
    }

    /// <summary>The part of a name that says what the problem is: "提示注入风险" → 提示注入, "Privacy challenges" → Privacy.</summary>
    public static string Core(string name, IEnumerable<string> cueWords)
    {
        var core = Parenthetical().Replace(name, "").Trim();
        foreach (var cue in cueWords.OrderByDescending(cue => cue.Length))
        {
            if (core.Length > cue.Length + 1 && core.EndsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                core = core[..^cue.Length].TrimEnd(' ', '的', '与', '和', '及');
                break;
            }
        }
        return core;
    }

    [GeneratedRegex(@"\s*\(\d+\s*/\s*\d+\)\s*")]
    private static partial Regex SlideCounter();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();
}
