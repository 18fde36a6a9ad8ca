using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeGraph.Import;

/// <summary>
/// Reads a Markdown report through Markdig's syntax tree: headings with their level, paragraphs, list items
/// with their depth (an ordered item keeps its number: "2. …"), table rows, and the bold lead of a paragraph
/// or item. Inline markup never reaches the text: emphasis, links and code give only their words, images
/// and HTML nothing. Each block is one line of the normalized text.
/// </summary>
public sealed class MarkdownReader(TextNormalizer normalizer)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        // ^[1]^ is superscript, ~~x~~ strike-through: their markers are markup, not text.
        .UseEmphasisExtras()
        // CommonMark does not close "**一是安全评测。**针对…" (punctuation before, a letter after); Chinese writes it so.
        .UseCjkFriendlyEmphasis()
        // Saved pages open with "---\ntitle: …\n---": metadata, not a heading.
        .UseYamlFrontMatter()
        .Build();

    /// <summary>Deeper inline nesting is refused: no report nests emphasis this far, and the walk stays bounded.</summary>
    public const int MaxInlineDepth = 64;

    /// <exception cref="ImportException">Markup nested past Markdig's limit or <see cref="MaxInlineDepth"/>.</exception>
    public ReadDocument Read(string raw)
    {
        RefuseDeepIndentation(raw);
        var pending = new List<PendingBlock>();
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(raw, Pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            // Markdig's own guard against hostile nesting (thousands of > or list levels).
            throw new ImportException($"Markdown nested too deeply to be a report ({ex.Message})", ex);
        }
        Collect(document, pending, listDepth: 0);

        var texts = new string[pending.Count];
        var marks = new List<int[]>(pending.Count);
        for (var b = 0; b < pending.Count; b++)
        {
            var block = pending[b];
            var mapped = new int[block.Marks.Count];
            texts[b] = TextNormalizer.NormalizeBlock(block.Text.ToString(), block.Marks, mapped);
            marks.Add(mapped);
        }
        var (kept, _, _) = normalizer.Filter(texts);

        var text = new StringBuilder(raw.Length);
        var blocks = new List<Block>(pending.Count);
        var links = new List<Link>();
        for (var b = 0; b < pending.Count; b++)
        {
            if (!kept[b] || texts[b].Length == 0)
            {
                continue;
            }
            if (text.Length > 0)
            {
                text.Append('\n');
            }
            var start = text.Length;
            text.Append(texts[b]);
            var block = pending[b];
            var at = marks[b];
            TextSpan? lead = block.LeadEnd >= 0 && at[block.LeadEnd] > at[block.LeadStart]
                ? new TextSpan(start + at[block.LeadStart], start + TrimEnd(texts[b], at[block.LeadStart], at[block.LeadEnd]))
                : null;
            blocks.Add(new Block(block.Kind, new TextSpan(start, text.Length), block.Level, lead, block.Strong));
            foreach (var (from, to, url) in block.Links)
            {
                if (at[to] > at[from])
                {
                    links.Add(new Link(new TextSpan(start + at[from], start + at[to]), url));
                }
            }
        }
        return new ReadDocument(text.ToString(), blocks, links);
    }

    /// <summary>No report indents a line this far; Markdig takes quadratic time on lists nested thousands deep.</summary>
    public const int MaxIndentation = 256;

    private static void RefuseDeepIndentation(string raw)
    {
        var indentation = 0;
        var atLineStart = true;
        foreach (var c in raw)
        {
            if (c == '\n')
            {
                (indentation, atLineStart) = (0, true);
            }
            else if (atLineStart && c is ' ' or '\t')
            {
                indentation += c == '\t' ? 4 : 1;
                if (indentation > MaxIndentation)
                {
                    throw new ImportException($"a line indented more than {MaxIndentation} columns (lists or quotes nested that deep): not a report's text");
                }
            }
            else
            {
                atLineStart = false;
            }
        }
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }
        return end;
    }

    private static void Collect(ContainerBlock container, List<PendingBlock> output, int listDepth)
    {
        foreach (var child in container)
        {
            switch (child)
            {
                case HeadingBlock heading:
                    output.Add(PendingBlock.Of(BlockKind.Heading, heading.Level, heading.Inline, prefix: null));
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        CollectItem(item, list.IsOrdered, output, listDepth + 1);
                    }
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                    {
                        output.Add(PendingBlock.OfRow(row));
                    }
                    break;
                case ParagraphBlock paragraph:
                    foreach (var run in LeadRuns(paragraph.Inline))
                    {
                        output.Add(PendingBlock.Of(BlockKind.Paragraph, 0, run, prefix: null));
                    }
                    break;
                // Quotes hold paragraphs and lists of the report; code, HTML and link definitions are not its prose.
                case QuoteBlock quote:
                    Collect(quote, output, listDepth);
                    break;
            }
        }
    }

    /// <summary>
    /// "**一是X。**… **二是Y。**…" in one paragraph is a list written inline: a paragraph that opens with a
    /// bold lead is split before every bold lead that starts a sentence, one block each.
    /// </summary>
    private static IEnumerable<IReadOnlyList<Inline>> LeadRuns(ContainerInline? inline)
    {
        var nodes = inline?.ToList() ?? [];
        if (nodes.Count == 0 || PendingBlock.LeadingStrong(nodes) is null)
        {
            yield return nodes;
            yield break;
        }
        var run = new List<Inline>();
        var previous = new StringBuilder();
        foreach (var node in nodes)
        {
            if (run.Count > 0 && node is EmphasisInline { DelimiterCount: 2 } && EndsSentence(previous))
            {
                yield return run;
                run = [];
                previous.Clear();
            }
            run.Add(node);
            if (node is LiteralInline literal)
            {
                previous.Append(literal.Content.AsSpan());
            }
            else if (node is EmphasisInline)
            {
                previous.Append('*');
            }
        }
        yield return run;
    }

    private static bool EndsSentence(StringBuilder text)
    {
        var i = text.Length - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }
        return i >= 0 && text[i] is '。' or '.' or '!' or '?' or '！' or '？' or ';' or '；';
    }

    private static void CollectItem(ListItemBlock item, bool ordered, List<PendingBlock> output, int depth)
    {
        var first = true;
        foreach (var child in item)
        {
            if (first && child is ParagraphBlock paragraph)
            {
                output.Add(PendingBlock.Of(BlockKind.ListItem, depth, paragraph.Inline, ordered ? $"{item.Order}. " : null));
            }
            else if (child is ListBlock nested)
            {
                foreach (var nestedItem in nested.OfType<ListItemBlock>())
                {
                    CollectItem(nestedItem, nested.IsOrdered, output, depth + 1);
                }
            }
            else if (child is ContainerBlock container)
            {
                Collect(container, output, depth);
            }
            else if (child is ParagraphBlock more)
            {
                // A later paragraph of the entry: its level says it still belongs to the entry.
                output.Add(PendingBlock.Of(BlockKind.Paragraph, depth, more.Inline, prefix: null));
            }
            first = false;
        }
    }

    /// <summary>A block's raw words and the raw offsets (marks) of its lead and links, before normalization.</summary>
    private sealed class PendingBlock
    {
        public BlockKind Kind { get; private init; }
        public int Level { get; private init; }
        public StringBuilder Text { get; } = new();
        public List<int> Marks { get; } = [];
        public int LeadStart { get; private set; } = -1;
        public int LeadEnd { get; private set; } = -1;
        public bool Strong { get; private set; }
        public List<(int From, int To, string Url)> Links { get; } = [];

        public static PendingBlock Of(BlockKind kind, int level, IEnumerable<Inline>? inline, string? prefix)
        {
            var block = new PendingBlock { Kind = kind, Level = level };
            block.Text.Append(prefix);
            if (inline is null)
            {
                return block;
            }
            var leading = LeadingStrong(inline);
            foreach (var node in inline)
            {
                if (ReferenceEquals(node, leading))
                {
                    block.LeadStart = block.Mark();
                    block.Append(node);
                    block.LeadEnd = block.Mark();
                }
                else
                {
                    block.Append(node);
                }
            }
            if (block.LeadEnd >= 0 && IsWhiteSpace(block.Text, block.Marks[block.LeadEnd]))
            {
                // Bold from first word to last: the block is a title, not a lead and its text.
                block.Strong = true;
                block.LeadStart = block.LeadEnd = -1;
            }
            return block;
        }

        public static PendingBlock OfRow(TableRow row)
        {
            var block = new PendingBlock { Kind = BlockKind.TableRow };
            foreach (var cell in row.OfType<TableCell>())
            {
                if (block.Text.Length > 0)
                {
                    block.Text.Append(" | ");
                }
                foreach (var paragraph in cell.OfType<ParagraphBlock>())
                {
                    if (paragraph.Inline is { } inline)
                    {
                        foreach (var node in inline)
                        {
                            block.Append(node);
                        }
                    }
                }
            }
            return block;
        }

        /// <summary>A strong emphasis that opens the block (white space before it aside).</summary>
        public static EmphasisInline? LeadingStrong(IEnumerable<Inline> inline)
        {
            foreach (var node in inline)
            {
                if (node is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
                {
                    continue;
                }
                return node is EmphasisInline { DelimiterCount: 2, DelimiterChar: '*' or '_' } strong ? strong : null;
            }
            return null;
        }

        private int Mark()
        {
            Marks.Add(Text.Length);
            return Marks.Count - 1;
        }

        private static bool IsWhiteSpace(StringBuilder text, int from)
        {
            for (var i = from; i < text.Length; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }
            return true;
        }

        private void Append(Inline node, int depth = 0)
        {
            if (depth > MaxInlineDepth)
            {
                throw new ImportException($"inline markup nested more than {MaxInlineDepth} deep (emphasis or links inside one another): not a report's text");
            }
            switch (node)
            {
                case LiteralInline literal:
                    Text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    Text.Append(code.Content);
                    break;
                case LineBreakInline:
                    Text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    Text.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    Text.Append(autolink.Url);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline link:
                    var from = Mark();
                    AppendChildren(link, depth);
                    var to = Mark();
                    if (!string.IsNullOrEmpty(link.Url))
                    {
                        Links.Add((from, to, link.Url));
                    }
                    break;
                case ContainerInline container:
                    AppendChildren(container, depth);
                    break;
            }
        }

        private void AppendChildren(ContainerInline container, int depth)
        {
            foreach (var child in container)
            {
                Append(child, depth + 1);
            }
        }
    }
}
