using System.Buffers;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import;

/// <summary>
/// Builds the section tree from the numbering people use: 一、, (一), 1. / 1、, 2.1 / 3.2.1, Markdown
/// headings, several numbered items on one line, and unnumbered "title sentence" lines in a row.
/// A heading of a numbering already open closes that level (a sibling); a new numbering nests.
/// </summary>
public sealed partial class SectionSplitter(Ontology.Ontology ontology)
{
    /// <summary>Deeper numbering is read as text: bounded work on hostile input, and no real report nests further.</summary>
    public const int MaxDepth = 24;

    private readonly HashSet<string> _referenceCues = ontology.SectionCues.References.ToHashSet(StringComparer.OrdinalIgnoreCase);
    private readonly int _longestReferenceCue = ontology.SectionCues.References.Select(cue => cue.Length).DefaultIfEmpty(0).Max();

    public Outline Split(string text)
    {
        var root = new Section { Family = "root", Heading = "" };
        var stack = new List<Section>();
        var lines = LineSpans(text);
        // Each line is asked several times whether it opens with a heading: it is parsed once.
        var headings = lines.Select(line => HeadingParser.TryParse(text, line)).ToArray();
        var (title, firstLine) = FindTitle(text, lines, headings);
        var runIn = RunInLines(text, lines, headings);
        Section? references = null;

        for (var i = firstLine; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }
            if (references is not null)
            {
                if (!EndsReferences(headings[i], references))
                {
                    references.Body.Add(line);
                    continue;
                }
                references = null;
            }
            if (TryReferencesHeading(text, line, headings[i]) is { } referencesHeading)
            {
                Open(root, stack, referencesHeading);
                references = referencesHeading;
                continue;
            }
            if (runIn[i] && stack.Count < MaxDepth && headings[i] is null)
            {
                OpenRunIn(text, line, root, stack);
                continue;
            }
            AddLine(text, line, headings[i], root, stack, runIn[i]);
        }
        var count = Number(root);
        return new Outline(title?.Of(text), title, root, count);
    }

    private static void AddLine(string text, TextSpan line, Heading? lineHeading, Section root, List<Section> stack, bool endsInRunIn)
    {
        var start = line.Start;
        var opensWithHeading = stack.Count < MaxDepth && lineHeading is not null;
        while (true)
        {
            // Only a line that opens with a heading is split at further numbers ("一、趋势 1. 规模 …").
            var next = opensWithHeading ? NextInlineNumber(text, start, line.End, stack) : -1;
            var segmentEnd = next < 0 ? line.End : next;
            while (segmentEnd > start && text[segmentEnd - 1] == ' ')
            {
                segmentEnd--;
            }
            var segment = new TextSpan(start, segmentEnd);
            if (opensWithHeading && (segment == line ? lineHeading : HeadingParser.TryParse(text, segment)) is { } heading)
            {
                var section = heading.ToSection(text);
                Open(root, stack, section);
                // "三、未来展望 通用智能向专业智能演进 大模型将…" opens a run-in list on the heading's own line.
                if (next < 0 && endsInRunIn && section.Body is [var tail] && IsRunInShaped(text, tail))
                {
                    section.Body.Clear();
                    OpenRunIn(text, tail, root, stack);
                }
            }
            else
            {
                PopRunIn(stack);
                (stack.Count > 0 ? stack[^1] : root).Body.Add(segment);
            }
            if (next < 0)
            {
                return;
            }
            start = next;
        }
    }

    private static int NextInlineNumber(string text, int from, int end, List<Section> stack)
    {
        for (var match = InlineNumber().Match(text, from, end - from); match.Success; match = match.NextMatch())
        {
            if (match.Index == from)
            {
                continue;
            }
            var number = int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            var opening = HeadingParser.TryParse(text, new TextSpan(from, match.Index - 1));
            var openNumber = opening?.Family == "arabic" ? opening.Value.Number : stack.LastOrDefault(section => section.Family == "arabic")?.Number;
            if (number == 1 || openNumber == number - 1)
            {
                return match.Index;
            }
        }
        return -1;
    }

    private static void OpenRunIn(string text, TextSpan line, Section root, List<Section> stack)
    {
        var space = text.IndexOf(' ', line.Start, line.Length);
        var title = new TextSpan(line.Start, space);
        var section = new Section { Family = "run-in", Heading = title.Of(text), HeadingSpan = title, IsRunIn = true };
        section.Body.Add(new TextSpan(space + 1, line.End));
        Open(root, stack, section);
    }

    private static void Open(Section root, List<Section> stack, Section section)
    {
        PopRunIn(stack);
        var sameLevel = section.Family.StartsWith("md", StringComparison.Ordinal)
            ? stack.FindIndex(open => open.Family.StartsWith("md", StringComparison.Ordinal) && open.Family.CompareTo(section.Family) >= 0)
            : stack.FindIndex(open => open.Family == section.Family);
        if (section.IsReferences && sameLevel < 0 && section.Family == "references")
        {
            sameLevel = 0;
        }
        if (sameLevel >= 0)
        {
            stack.RemoveRange(sameLevel, stack.Count - sameLevel);
        }
        var parent = stack.Count > 0 ? stack[^1] : root;
        section.Parent = parent;
        parent.Children.Add(section);
        stack.Add(section);
    }

    private static void PopRunIn(List<Section> stack)
    {
        if (stack.Count > 0 && stack[^1].IsRunIn)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }

    private Section? TryReferencesHeading(string text, TextSpan line, Heading? heading)
    {
        // A references heading is a short line; most lines are not worth a closer look.
        if (line.Length > _longestReferenceCue + 12)
        {
            return null;
        }
        var words = (heading?.Title ?? line).Of(text).Trim().TrimEnd(':').Trim();
        if (!_referenceCues.Contains(words))
        {
            return null;
        }
        return new Section
        {
            Family = heading?.Family ?? "references",
            Heading = heading?.Title.Of(text) ?? line.Of(text).Trim().TrimEnd(':'),
            HeadingSpan = heading?.Title ?? line,
            Number = heading?.Number,
            IsReferences = true,
        };
    }

    // A reference list runs to the end, or to the next heading of its own level.
    private static bool EndsReferences(Heading? lineHeading, Section references)
    {
        if (references.Family == "references")
        {
            return false;
        }
        if (lineHeading is not { } heading)
        {
            return false;
        }
        return references.Family.StartsWith("md", StringComparison.Ordinal)
            ? heading.Family.StartsWith("md", StringComparison.Ordinal) && heading.Family.CompareTo(references.Family) <= 0
            : heading.Family == references.Family;
    }

    private static (TextSpan? Title, int FirstLine) FindTitle(string text, List<TextSpan> lines, Heading?[] headings)
    {
        var first = lines.FindIndex(line => line.Length > 0);
        if (first < 0)
        {
            return (null, 0);
        }
        var line = lines[first];
        var value = line.Of(text);
        var markdown = HeadingParser.MarkdownHeading().Match(value);
        if (markdown.Success && markdown.Groups[1].Length == 1)
        {
            var group = markdown.Groups[2];
            return (new TextSpan(line.Start + group.Index, line.Start + group.Index + group.Length), first + 1);
        }
        var looksLikeTitle = !markdown.Success && value.Length <= 80 && value.IndexOfAny(SentenceEnds) < 0
            && !value.EndsWith('.') && headings[first] is null && !HasRunInShape(value);
        return looksLikeTitle ? (line, first + 1) : (null, first);
    }

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。!?");

    // A run-in line alone is likely a sentence with a space in it; two or more in a row are a list.
    private static bool[] RunInLines(string text, List<TextSpan> lines, Heading?[] headings)
    {
        var shaped = lines.Select((line, i) => line.Length > 0 && ((headings[i] is null && IsRunInShaped(text, line))
            || (headings[i] is { Body: { } tail } && IsRunInShaped(text, tail)))).ToArray();
        var result = new bool[lines.Count];
        var previous = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }
            if (shaped[i] && previous >= 0 && shaped[previous])
            {
                result[i] = true;
                result[previous] = true;
            }
            previous = i;
        }
        return result;
    }

    private static bool IsRunInShaped(string text, TextSpan line)
    {
        var value = line.SpanOf(text);
        return HasRunInShape(value) && HeadingText.CountCjk(value[..value.IndexOf(' ')]) >= 2 && HeadingParser.TryParse(text, line) is null;
    }

    /// <summary>
    /// A short title of letters and digits (2–24), one space, then at least five characters of text:
    /// the regex <c>^([\p{L}\p{N}()+/&amp;-]{2,24}) (\S.{4,})$</c>, checked by hand because every line is asked.
    /// </summary>
    private static bool HasRunInShape(ReadOnlySpan<char> line)
    {
        var space = line.IndexOf(' ');
        if (space is < 2 or > 24 || line.Length - space - 1 < 5 || char.IsWhiteSpace(line[space + 1]))
        {
            return false;
        }
        foreach (var c in line[..space])
        {
            if (!char.IsLetter(c) && !char.IsNumber(c) && c is not ('(' or ')' or '+' or '/' or '&' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    private static List<TextSpan> LineSpans(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add(new TextSpan(start, i));
                start = i + 1;
            }
        }
        return lines;
    }

    /// <summary>Gives every section its path and reading-order index; returns how many there are.</summary>
    private static int Number(Section root)
    {
        var index = 0;
        foreach (var section in root.SelfAndDescendants())
        {
            section.Index = index++;
            for (var i = 0; i < section.Children.Count; i++)
            {
                section.Children[i].Path = section.Parent is null ? $"{i + 1}" : $"{section.Path}.{i + 1}";
            }
        }
        return index;
    }

    [GeneratedRegex(@"(?<=\s)(\d{1,2})[.、]\s+(?=\S)")]
    private static partial Regex InlineNumber();

}
