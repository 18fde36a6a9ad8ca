using System.Buffers;

namespace KnowledgeGraph.Import;

/// <summary>
/// Finds the steps of a prose enumeration (首先 … 其次 … 此外 … 最后; first … second … finally): a
/// marker at the start of a sentence opens a step. Two markers, one of them an opening one, make a list.
/// </summary>
internal sealed class ProseEnumeration(Ontology.Ontology ontology)
{
    private readonly string[] _opening = [.. ontology.Enumeration.Opening.OrderByDescending(marker => marker.Length)];
    private readonly string[] _all = [.. ontology.Enumeration.Opening.Concat(ontology.Enumeration.Continuing).OrderByDescending(marker => marker.Length)];
    private readonly SearchValues<char> _firstChars = SearchValues.Create([.. ontology.Enumeration.Opening.Concat(ontology.Enumeration.Continuing)
        .Where(marker => marker.Length > 0).SelectMany(marker => new[] { char.ToLowerInvariant(marker[0]), char.ToUpperInvariant(marker[0]) }).Distinct()]);

    /// <summary>Each step: where its marker starts and where the text after the marker starts and ends.</summary>
    public IReadOnlyList<(TextSpan Step, int TextStart)> Steps(string text, IReadOnlyList<TextSpan> body)
    {
        var markers = new List<(int Start, int TextStart, int ParagraphEnd, bool Opening)>();
        foreach (var paragraph in body)
        {
            foreach (var sentence in Sentences.In(text, paragraph))
            {
                if (MarkerAt(text, sentence) is { } marker)
                {
                    markers.Add((sentence.Start, sentence.Start + marker.Length, paragraph.End, _opening.Contains(marker, StringComparer.OrdinalIgnoreCase)));
                }
            }
        }
        if (markers.Count < 2 || !markers.Any(marker => marker.Opening))
        {
            return [];
        }
        var steps = new List<(TextSpan, int)>();
        for (var i = 0; i < markers.Count; i++)
        {
            var (start, textStart, paragraphEnd, _) = markers[i];
            // A step runs to the next marker; the last one ends with its paragraph.
            var end = i + 1 < markers.Count ? Math.Min(markers[i + 1].Start, paragraphEnd) : paragraphEnd;
            steps.Add((new TextSpan(start, end), textStart));
        }
        return steps;
    }

    private string? MarkerAt(string text, TextSpan sentence)
    {
        var value = sentence.SpanOf(text);
        if (!_firstChars.Contains(value[0]))
        {
            return null;
        }
        foreach (var marker in _all)
        {
            if (!value.StartsWith(marker, StringComparison.OrdinalIgnoreCase) || value.Length == marker.Length)
            {
                continue;
            }
            var next = value[marker.Length];
            // "首先要…" reads as a marker; "First-class" and "Secondly-placed" do not.
            if (HeadingText.IsCjk(marker[0]) ? next != '的' : next is ',' or ' ' or ':')
            {
                return marker;
            }
        }
        return null;
    }
}
