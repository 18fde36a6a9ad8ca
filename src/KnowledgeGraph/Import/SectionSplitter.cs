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

    public Outline Split(string text) => Split(ReadDocument.FromPlainText(text));

    public Outline Split(ReadDocument document)
    {
        var text = document.Text;
        var blocks = document.Blocks;
        var root = new Section { Family = "root", Heading = "" };
        var stack = new List<Section>();
        var lines = blocks.Select(block => block.Span).ToList();
        // Each block is asked several times whether it is a heading: it is parsed once.
        var headings = blocks.Select(block => HeadingOf(text, block)).ToArray();
        var (title, firstLine) = FindTitle(text, blocks, headings);
        var runIn = RunInLines(text, blocks, headings);
        Section? references = null;
        Section? introducedList = null;

        for (var i = firstLine; i < lines.Count; i++)
        {
            var line = lines[i];
            var block = blocks[i];
            if (references is not null)
            {
                if (!EndsReferences(headings[i], references, block))
                {
                    references.Body.Add(line);
                    continue;
                }
                if (references.Family == "references-list")
                {
                    // The text after an introduced list belongs to the section the list stood in.
                    stack.Remove(references);
                }
                references = null;
            }
            if (TryReferencesHeading(text, line, headings[i], block) is { } referencesHeading)
            {
                Open(root, stack, referencesHeading);
                references = referencesHeading;
                continue;
            }
            if (title is { } titleSpan && headings[i] is { } repeated && repeated.Title.SpanOf(text).SequenceEqual(titleSpan.SpanOf(text)))
            {
                // A page that prints its title twice (header and body) has one title, not a section named after it.
                continue;
            }
            if (block.Kind == BlockKind.Line)
            {
                if (runIn[i] && stack.Count < MaxDepth && headings[i] is null)
                {
                    OpenRunIn(text, line, root, stack);
                    continue;
                }
                AddLine(text, line, headings[i], root, stack, runIn[i]);
                continue;
            }
            if (introducedList is not null && block.Kind != BlockKind.ListItem && !(block.Kind == BlockKind.Paragraph && block.Level > 0))
            {
                // The text after an introduced list belongs to the section the list stood in.
                stack.Remove(introducedList);
                introducedList = null;
            }
            if (stack.Count < MaxDepth && ListTitle(text, blocks, i) is { } listTitle)
            {
                // "关键结论:" then a list: a short line ending in a colon is the title of the list below it.
                var section = new Section { Family = "list-title", Heading = listTitle.Of(text), HeadingSpan = listTitle };
                Open(root, stack, section);
                introducedList = section;
                continue;
            }
            if (stack.Count < MaxDepth && BareNumberHeading(text, blocks, i) is { } numbered)
            {
                // "一" or "**1**" on a line of its own, the title on the next.
                Open(root, stack, numbered.ToSection(text));
                i++;
                continue;
            }
            if (stack.Count < MaxDepth && headings[i] is { } heading)
            {
                Open(root, stack, heading.ToSection(text));
                continue;
            }
            if (stack.Count < MaxDepth && block.Lead is { } lead && LeadTitle(text, lead) is { } leadTitle)
            {
                OpenLead(text, block, leadTitle, root, stack);
                continue;
            }
            if (ListEntryOf(block, stack) is var entry and >= 0)
            {
                stack.RemoveRange(entry + 1, stack.Count - entry - 1);
            }
            else
            {
                PopRunIn(stack);
            }
            var owner = stack.Count > 0 ? stack[^1] : root;
            owner.Body.Add(line);
            if (block.Kind == BlockKind.ListItem)
            {
                if (owner.ListLevel == 0 || block.Level < owner.ListLevel)
                {
                    owner.ListItems.Clear();
                    owner.ListDetails?.Clear();
                    owner.ListLevel = block.Level;
                }
                if (block.Level == owner.ListLevel)
                {
                    owner.ListItems.Add(line);
                }
                else if (owner.ListItems.Count > 0)
                {
                    var parent = owner.ListItems[^1].Start;
                    owner.ListDetails ??= [];
                    (owner.ListDetails.TryGetValue(parent, out var details) ? details : owner.ListDetails[parent] = []).Add(line);
                }
            }
        }
        var sections = Number(root);
        return new Outline(title?.Of(text), title, root, sections.Count) { Sections = sections };
    }

    /// <summary>
    /// What a block says of itself: a plain-text line by its numbering; a Markdown heading by its level
    /// (its number, if any, left out of the name); a short all-bold paragraph is a heading too, of its
    /// numbering's family or of the family of bold titles.
    /// </summary>
    private static Heading? HeadingOf(string text, Block block)
    {
        switch (block.Kind)
        {
            case BlockKind.Line:
                return HeadingParser.TryParse(text, block.Span);
            case BlockKind.Heading:
                var title = TitleAfterNumbering(text, block.Span);
                return title.Length > 0 ? new Heading(MarkdownFamilies[Math.Clamp(block.Level, 1, 6)], null, title, null) : null;
            case BlockKind.ListItem when block.Strong && IsTitleShaped(block.Span.SpanOf(text)):
                // "1. **Gradient Leakage Attack:**" followed by its paragraphs: a heading written as a list entry, of
                // the numbering family its number says ("**2. Membership Inference**" after it is its sibling).
                return HeadingParser.TryParse(text, block.Span) is { Body: null } numberedEntry
                    ? numberedEntry with { Title = TitleAfterNumbering(text, numberedEntry.Title) }
                    : new Heading($"bold-item{block.Level}", null, TitleAfterNumbering(text, block.Span), null);
            case BlockKind.Paragraph when block.Strong && IsTitleShaped(block.Span.SpanOf(text)):
                if (HeadingParser.TryParse(text, block.Span) is { Body: null } numbered)
                {
                    return numbered;
                }
                return new Heading("bold", null, TitleAfterNumbering(text, block.Span), null);
            default:
                return null;
        }
    }

    private static readonly string[] MarkdownFamilies = [.. Enumerable.Range(0, 7).Select(level => $"md{level}")];

    private const int MaxTitleLength = 60;

    // A title is short and is not a sentence (a question mark or a colon may end it).
    private static bool IsTitleShaped(ReadOnlySpan<char> value) =>
        value.Length is > 0 and <= MaxTitleLength && value.TrimEnd("。.!;").Length == value.Length
        && value[..^1].IndexOfAny("。!;") < 0;

    private static TextSpan TitleAfterNumbering(string text, TextSpan span)
    {
        var skip = HeadingParser.NumberingLength(text, span);
        var start = span.Start + skip;
        var end = span.End;
        while (start < end && text[start] is ' ')
        {
            start++;
        }
        while (end > start && text[end - 1] is ' ' or ':')
        {
            end--;
        }
        return new TextSpan(start, end);
    }

    private const int MaxListTitle = 16;

    /// <summary>A short paragraph ending in a colon, directly above a list: the list's title (without the colon).</summary>
    private static TextSpan? ListTitle(string text, IReadOnlyList<Block> blocks, int i)
    {
        var block = blocks[i];
        if (block.Kind != BlockKind.Paragraph || block.Level > 0 || i + 1 >= blocks.Count || blocks[i + 1].Kind != BlockKind.ListItem
            || block.Span.Length > MaxListTitle || text[block.Span.End - 1] != ':')
        {
            return null;
        }
        var title = TitleAfterNumbering(text, block.Span);
        return title.Length > 0 && title.SpanOf(text).IndexOfAny("。,;.!?") < 0 ? title : null;
    }

    /// <summary>A block that is only a number ("一", "3", "**1**") followed by a short title block.</summary>
    private static Heading? BareNumberHeading(string text, IReadOnlyList<Block> blocks, int i)
    {
        if (i + 1 >= blocks.Count || blocks[i].Kind != BlockKind.Paragraph || blocks[i + 1].Kind is not (BlockKind.Paragraph or BlockKind.Heading))
        {
            return null;
        }
        var number = blocks[i].Span.SpanOf(text);
        var next = blocks[i + 1].Span;
        if (!IsTitleShaped(next.SpanOf(text)))
        {
            return null;
        }
        if (number.Length is >= 1 and <= 2 && int.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var arabic))
        {
            return new Heading("arabic", arabic, TitleAfterNumbering(text, next), null);
        }
        if (number.Length is >= 1 and <= 3 && number.IndexOfAnyExcept("一二三四五六七八九十") < 0)
        {
            return new Heading("cn-top", ChineseNumerals.Parse(number.ToString()), TitleAfterNumbering(text, next), null);
        }
        return null;
    }

    /// <summary>The name a bold lead gives its block ("一是安全评测。" → 安全评测), or null when the lead is too long to be one.</summary>
    private static TextSpan? LeadTitle(string text, TextSpan lead)
    {
        var title = TitleAfterNumbering(text, lead);
        var start = title.Start;
        var end = title.End;
        // "一是…", "其一,…", "第1点,": enumeration words before the name.
        var value = text.AsSpan(start, end - start);
        if (value.Length > 2 && value[1] == '是' && "一二三四五六七八九十".Contains(value[0]))
        {
            start += 2;
        }
        while (end > start && text[end - 1] is ' ' or ':' or '。' or '.' or ',' or ';')
        {
            end--;
        }
        // "**最主要的是**,AI现在…" emphasises the start of a sentence; it names nothing.
        if (text.AsSpan(start, end - start).EndsWith("的是", StringComparison.Ordinal))
        {
            return null;
        }
        return end - start is > 0 and <= MaxTitleLength ? new TextSpan(start, end) : null;
    }

    /// <summary>
    /// Where on the stack the bold-lead list entry is that this block continues — a later paragraph of the
    /// entry, or an entry of a list nested in it ("1. **Fine-tuning:** … **Solutions:** …" is one entry
    /// with its solutions) — or -1.
    /// </summary>
    private static int ListEntryOf(Block block, List<Section> stack)
    {
        if (block.Level == 0)
        {
            return -1;
        }
        for (var i = stack.Count - 1; i >= 0 && stack[i].IsRunIn; i--)
        {
            if (LeadItemLevel(stack[i]) is int level && (block.Kind == BlockKind.ListItem ? block.Level > level : block.Level >= level))
            {
                return i;
            }
        }
        return -1;
    }

    private static int? LeadItemLevel(Section section) =>
        section.Family.StartsWith("lead-item", StringComparison.Ordinal) && int.TryParse(section.Family.AsSpan("lead-item".Length), out var level) ? level : null;

    private static void OpenLead(string text, Block block, TextSpan title, Section root, List<Section> stack)
    {
        var family = block.Kind == BlockKind.ListItem ? $"lead-item{block.Level}" : block.Level > 0 ? $"lead-in{block.Level}" : "lead";
        var section = new Section { Family = family, Heading = title.Of(text), HeadingSpan = title, IsRunIn = true };
        var bodyStart = block.Lead!.Value.End;
        while (bodyStart < block.Span.End && text[bodyStart] is ' ' or ':')
        {
            bodyStart++;
        }
        if (bodyStart < block.Span.End)
        {
            section.Body.Add(new TextSpan(bodyStart, block.Span.End));
        }
        if (ListEntryOf(block, stack) is var entry and >= 0)
        {
            // Nested under the entry, which stays open for what follows.
            stack.RemoveRange(entry + 1, stack.Count - entry - 1);
            section.Parent = stack[entry];
            stack[entry].Children.Add(section);
            stack.Add(section);
            return;
        }
        Open(root, stack, section);
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
        // A Markdown heading also closes an unnumbered bold title open above it: "**重点概览**" then "## 一、背景"
        // are siblings, the bold line ranks below every real heading.
        var sameLevel = section.Family.StartsWith("md", StringComparison.Ordinal)
            ? stack.FindIndex(open => (open.Family.StartsWith("md", StringComparison.Ordinal) && string.CompareOrdinal(open.Family, section.Family) >= 0) || open.Family == "bold")
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

    private Section? TryReferencesHeading(string text, TextSpan line, Heading? heading, Block block)
    {
        // A references heading is a short line; most lines are not worth a closer look.
        if (line.Length > _longestReferenceCue + 40 || block.Kind is BlockKind.ListItem or BlockKind.TableRow)
        {
            return null;
        }
        var words = (heading?.Title ?? line).Of(text).Trim().TrimEnd(':').Trim();
        // "参考文献(请上下滑动)", "References Cited in This Section": the cue opens the heading.
        var paren = words.IndexOf('(');
        if (paren > 0)
        {
            words = words[..paren].TrimEnd();
        }
        var cue = _referenceCues.FirstOrDefault(cue => words.StartsWith(cue, StringComparison.OrdinalIgnoreCase)
            && (words.Length == cue.Length || (words[cue.Length] == ' ' && words.Length <= cue.Length + 30)));
        if (cue is null || (words.Length > cue.Length && block.Kind == BlockKind.Line && heading is null))
        {
            return null;
        }
        return new Section
        {
            Family = heading?.Family ?? (block.Kind == BlockKind.Paragraph && !block.Strong ? "references-list" : "references"),
            Heading = heading?.Title.Of(text) ?? line.Of(text).Trim().TrimEnd(':'),
            HeadingSpan = heading?.Title ?? line,
            Number = heading?.Number,
            IsReferences = true,
        };
    }

    // A reference list runs to the end, or to the next heading of its own level.
    private static bool EndsReferences(Heading? lineHeading, Section references, Block block)
    {
        // "主要参考自:" then a list of links: a paragraph introduces the list, which ends with it.
        if (references.Family == "references-list")
        {
            return block.Kind != BlockKind.ListItem && references.Body.Count > 0;
        }
        if (references.Family == "references")
        {
            // A plain "参考文献" line: the list runs to the end; a heading of any kind still ends it in Markdown.
            return block.Kind == BlockKind.Heading;
        }
        if (lineHeading is not { } heading)
        {
            return false;
        }
        return references.Family.StartsWith("md", StringComparison.Ordinal)
            ? heading.Family.StartsWith("md", StringComparison.Ordinal) && string.CompareOrdinal(heading.Family, references.Family) <= 0
            : heading.Family == references.Family;
    }

    private static (TextSpan? Title, int FirstLine) FindTitle(string text, IReadOnlyList<Block> blocks, Heading?[] headings)
    {
        if (blocks.Count == 0)
        {
            return (null, 0);
        }
        var first = blocks[0];
        if (first.Kind == BlockKind.Heading)
        {
            // A level-1 heading first is the document's title; a lower one opens its first section.
            return first.Level == 1 ? (headings[0]?.Title ?? first.Span, 1) : (null, 0);
        }
        var line = first.Span;
        var value = line.Of(text);
        var markdown = HeadingParser.MarkdownHeading().Match(value);
        if (first.Kind == BlockKind.Line && markdown.Success && markdown.Groups[1].Length == 1)
        {
            var group = markdown.Groups[2];
            return (new TextSpan(line.Start + group.Index, line.Start + group.Index + group.Length), 1);
        }
        var looksLikeTitle = first.Kind is BlockKind.Line or BlockKind.Paragraph && !markdown.Success && value.Length <= 80
            && value.IndexOfAny(SentenceEnds) < 0 && !value.EndsWith('.') && headings[0] is null && !HasRunInShape(value);
        return looksLikeTitle ? (line, 1) : (null, 0);
    }

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。!?");

    // A run-in line alone is likely a sentence with a space in it; two or more in a row are a list.
    private static bool[] RunInLines(string text, IReadOnlyList<Block> blocks, Heading?[] headings)
    {
        var shaped = blocks.Select((block, i) => block.Kind == BlockKind.Line && ((headings[i] is null && IsRunInShaped(text, block.Span))
            || (headings[i] is { Body: { } tail } && IsRunInShaped(text, tail)))).ToArray();
        var result = new bool[blocks.Count];
        for (var i = 1; i < blocks.Count; i++)
        {
            if (shaped[i] && shaped[i - 1])
            {
                result[i] = true;
                result[i - 1] = true;
            }
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

    /// <summary>Gives every section its path, reading-order index and subtree end; returns them in reading order.</summary>
    private static List<Section> Number(Section root)
    {
        var sections = new List<Section>();
        foreach (var section in root.SelfAndDescendants())
        {
            section.Index = sections.Count;
            sections.Add(section);
            for (var i = 0; i < section.Children.Count; i++)
            {
                section.Children[i].Path = section.Parent is null ? $"{i + 1}" : $"{section.Path}.{i + 1}";
            }
        }
        // Reading order is pre-order: a section's subtree ends where its last child's does.
        for (var i = sections.Count - 1; i >= 0; i--)
        {
            var section = sections[i];
            section.LastIndex = section.Children.Count > 0 ? section.Children[^1].LastIndex : section.Index;
        }
        return sections;
    }

    [GeneratedRegex(@"(?<=\s)(\d{1,2})[.、]\s+(?=\S)")]
    private static partial Regex InlineNumber();

}
