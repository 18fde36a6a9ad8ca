using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import;

/// <summary>Citation markers: ^[1], [1], [1,3], [2-4], [^1] (full-width brackets are ASCII after NFKC).</summary>
internal static partial class Citations
{
    /// <summary>Ranges are capped so "[1-99999]" costs nothing.</summary>
    private const int MaxRange = 50;

    public static IEnumerable<(int Number, TextSpan Marker)> In(string text, TextSpan span) =>
        span.SpanOf(text).IndexOf('[') < 0 ? [] : Markers(text, span);

    private static List<(int Number, TextSpan Marker)> Markers(string text, TextSpan span)
    {
        var found = new List<(int, TextSpan)>();
        foreach (var match in Marker().EnumerateMatches(text.AsSpan(span.Start, span.Length)))
        {
            var marker = new TextSpan(span.Start + match.Index, span.Start + match.Index + match.Length);
            var numbers = marker.Of(text).Trim('^', '[', ']').Replace('–', '-');
            foreach (var part in numbers.Split(','))
            {
                var bounds = part.Split('-', StringSplitOptions.TrimEntries);
                if (!int.TryParse(bounds[0], CultureInfo.InvariantCulture, out var first))
                {
                    continue;
                }
                var last = bounds.Length > 1 && int.TryParse(bounds[1], CultureInfo.InvariantCulture, out var to) ? to : first;
                for (var number = first; number <= Math.Min(last, first + MaxRange); number++)
                {
                    found.Add((number, marker));
                }
            }
        }
        return found;
    }

    public static string Strip(string value) => Marker().Replace(value, "");

    [GeneratedRegex(@"\^?\[\^?(\d{1,4}(?:\s*[,\-–]\s*\d{1,4})*)\]")]
    private static partial Regex Marker();
}
