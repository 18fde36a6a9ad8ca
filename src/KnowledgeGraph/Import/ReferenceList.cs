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
        foreach (var line in references.Body)
        {
            var match = Entry().Match(line.Of(text));
            if (!match.Success)
            {
                continue;
            }
            var index = int.TryParse(match.Groups["n"].Value, CultureInfo.InvariantCulture, out var n) ? n : entries.Count + 1;
            var rest = match.Groups["rest"].Value;
            var url = links.Where(link => link.Span.Start >= line.Start && link.Span.End <= line.End).Select(link => link.Url)
                .Concat(MarkdownLink().Matches(rest).Select(link => link.Groups[2].Value)).Concat(BareUrl().Matches(rest).Select(link => link.Value))
                .FirstOrDefault(candidate => candidate.StartsWith("http", StringComparison.OrdinalIgnoreCase));
            var title = BareUrl().Replace(MarkdownLink().Replace(rest, ""), "").Trim().TrimEnd('.', ',', ';', ' ');
            if (title.Length > 0)
            {
                entries.Add(new ReferenceEntry(index, title, url, line));
            }
        }
        return entries;
    }

    [GeneratedRegex(@"^(?:\[(?<n>\d{1,4})\]|(?<n>\d{1,4})[.、)])?\s*(?<rest>.+)$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"\[([^\]]*)\]\(([^)]*)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex BareUrl();
}
