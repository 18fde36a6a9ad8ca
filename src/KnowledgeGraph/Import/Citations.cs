using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import;

/// <summary>Citation markers: ^[1], [1], [1,3], [2-4], [^1] (full-width brackets are ASCII after NFKC).</summary>
internal static partial class Citations
{
    /// <summary>Ranges are capped so "[1-99999]" costs nothing.</summary>
    private const int MaxRange = 50;

    public static IEnumerable<(int Number, TextSpan Marker)> In(string text, TextSpan span)
    {
        if (span.SpanOf(text).IndexOf('[') < 0)
        {
            yield break;
        }
        foreach (Match match in Marker().Matches(text[span.Start..span.End]))
        {
            var marker = new TextSpan(span.Start + match.Index, span.Start + match.Index + match.Length);
            foreach (var part in match.Groups[1].Value.Split(','))
            {
                var bounds = part.Split('-', StringSplitOptions.TrimEntries);
                if (!int.TryParse(bounds[0], CultureInfo.InvariantCulture, out var first))
                {
                    continue;
                }
                var last = bounds.Length > 1 && int.TryParse(bounds[1], CultureInfo.InvariantCulture, out var to) ? to : first;
                for (var number = first; number <= Math.Min(last, first + MaxRange); number++)
                {
                    yield return (number, marker);
                }
            }
        }
    }

    public static string Strip(string value) => Marker().Replace(value, "");

    [GeneratedRegex(@"\^?\[\^?(\d{1,4}(?:\s*[,\-–]\s*\d{1,4})*)\]")]
    private static partial Regex Marker();
}
