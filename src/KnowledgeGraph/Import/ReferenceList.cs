using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import;

/// <summary>An entry of a 参考文献 / References list.</summary>
public sealed record ReferenceEntry(int Index, string Title, string? Url, TextSpan Span);

/// <summary>Reads the entries of a reference section: "1. agent_原理 [链接](#)", "[2] Title. https://…".</summary>
internal static partial class ReferenceList
{
    /// <param name="text">The normalized text.</param>
    /// <param name="references">A references section.</param>
    /// <param name="links">The document's links (a Markdown entry's address is a link, not text).</param>
    public static IReadOnlyList<ReferenceEntry> Parse(string text, Section references, IReadOnlyList<Link> links)
    {
        var entries = new List<ReferenceEntry>();
        int? pending = null;
        foreach (var line in references.Body)
        {
            // "[1]" on a line of its own numbers the entry on the next line.
            if (NumberOnly().Match(line.Of(text)) is { Success: true } number)
            {
                pending = int.Parse(number.Groups["n"].Value, CultureInfo.InvariantCulture);
                continue;
            }
            var match = Entry().Match(line.Of(text));
            if (!match.Success)
            {
                continue;
            }
            var index = pending ?? (int.TryParse(match.Groups["n"].Value, CultureInfo.InvariantCulture, out var n) ? n : entries.Count + 1);
            pending = null;
            var rest = match.Groups["rest"].Value;
            var url = (links.Count == 0 ? [] : links.Where(link => link.Span.Start >= line.Start && link.Span.End <= line.End).Select(link => link.Url))
                .Concat(MarkdownLink().Matches(rest).Select(link => link.Groups[2].Value)).Concat(BareUrl().Matches(rest).Select(link => link.Value))
                .FirstOrDefault(candidate => candidate.StartsWith("http", StringComparison.OrdinalIgnoreCase));
            var title = BareUrl().Replace(MarkdownLink().Replace(rest, ""), "").Trim().TrimEnd('.', ',', ';', ':', ' ');
            // An entry that is only an address is named by it.
            title = title.Length > 0 ? title : url ?? "";
            if (title.Length > 0)
            {
                entries.Add(new ReferenceEntry(index, title, url, line));
            }
        }
        return entries;
    }

    /// <summary>
    /// Works cited in the text itself in the GB/T 7714 form Chinese papers and slides use — "Lin S, Hilton J,
    /// Evans O. Truthfulqa: …[J]. arXiv preprint arXiv:2109.07958, 2021." — found by their type mark ([J],
    /// [C], [M], …): from the first "Surname I," before it to where the Latin text ends.
    /// </summary>
    public static IEnumerable<(string Title, int Mark)> Inline(string text, TextSpan span)
    {
        var value = span.SpanOf(text);
        if (value.IndexOf("].", StringComparison.Ordinal) < 0 && value.IndexOf("]//", StringComparison.Ordinal) < 0)
        {
            return [];
        }
        var found = new List<(string, int)>();
        foreach (Match mark in TypeMark().Matches(span.Of(text)))
        {
            var from = mark.Index;
            while (from > 0 && !HeadingText.IsCjk(value[from - 1]))
            {
                from--;
            }
            var authors = Authors().Match(span.Of(text), from, mark.Index - from);
            if (!authors.Success)
            {
                continue;
            }
            var to = mark.Index + mark.Length;
            while (to < value.Length && !HeadingText.IsCjk(value[to]))
            {
                to++;
            }
            var title = value[authors.Index..to].Trim().ToString();
            if (title.Length >= 20)
            {
                found.Add((title, span.Start + mark.Index));
            }
        }
        return found;
    }

    /// <summary>An earlier article named in the text: "我之前的文章《Embedding微调》", "详见《…》".</summary>
    public static IEnumerable<(string Title, int Mark)> MentionedWorks(string text, TextSpan span)
    {
        if (text.IndexOf('《', span.Start, span.Length) < 0)
        {
            return [];
        }
        return MentionedWork().Matches(span.Of(text)).Select(match => ($"《{match.Groups["title"].Value}》", span.Start + match.Index));
    }

    [GeneratedRegex(@"(?:文章|参见|详见|请看|可见|推荐阅读|见)[^《》。,]{0,8}《(?<title>[^《》]{2,60})》")]
    private static partial Regex MentionedWork();

    [GeneratedRegex(@"^\[?(?<n>\d{1,4})[\].、)]?$")]
    private static partial Regex NumberOnly();

    [GeneratedRegex(@"\[(?:J|C|M|D|R|A|N|P|S|Z|EB/OL)\](?=[.,/ ]|$)")]
    private static partial Regex TypeMark();

    [GeneratedRegex(@"[A-Z][\p{L}'-]+ [A-Z]{1,3}(?: [A-Z]{1,2})?,")]
    private static partial Regex Authors();

    [GeneratedRegex(@"^(?:\[(?<n>\d{1,4})\]|(?<n>\d{1,4})[.、)])?\s*(?<rest>.+)$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"\[([^\]]*)\]\(([^)]*)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex BareUrl();
}
