using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import;

/// <summary>
/// Splits what follows a heading number into the heading's title and text run in after it on the same
/// line ("1. 算力与成本压力 训练和部署…", "2. Data privacy: models …").
/// </summary>
internal static partial class HeadingText
{
    private const int MaxTitleLength = 40;

    public static (TextSpan Title, TextSpan? Body) Split(string text, TextSpan rest)
    {
        var value = rest.SpanOf(text);
        if (value.Length <= 50 && value.IndexOfAny("。!?;,") < 0)
        {
            return (rest, null);
        }
        // CJK reports put the title, a space, then the paragraph.
        var space = value.IndexOf(' ');
        if (space is >= 2 and <= MaxTitleLength && value[..space].IndexOfAny(TitleBreakers) < 0 && HasCjk(value[..space]))
        {
            return (new TextSpan(rest.Start, rest.Start + space), new TextSpan(rest.Start + space + 1, rest.End));
        }
        var colon = value.IndexOf(':');
        if (colon is >= 2 and <= MaxTitleLength && value[..colon].IndexOfAny(TitleBreakers) < 0)
        {
            return (new TextSpan(rest.Start, rest.Start + colon), Trimmed(rest.Start + colon + 1, rest.End, text));
        }
        // No separator: the first clause names the item, and the whole line stays its text.
        var clause = ClauseEnd().Match(value.ToString());
        var end = Math.Min(clause.Success ? clause.Index : value.Length, MaxTitleLength);
        return (new TextSpan(rest.Start, rest.Start + end), rest);
    }

    public static bool HasCjk(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (IsCjk(c))
            {
                return true;
            }
        }
        return false;
    }

    public static int CountCjk(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var c in value)
        {
            count += IsCjk(c) ? 1 : 0;
        }
        return count;
    }

    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    private const string TitleBreakers = "。!?;,:、";

    private static TextSpan? Trimmed(int start, int end, string text)
    {
        while (start < end && text[start] == ' ')
        {
            start++;
        }
        return end > start ? new TextSpan(start, end) : null;
    }

    [GeneratedRegex(@"[,。!?;]|\.(\s|$)")]
    private static partial Regex ClauseEnd();
}
