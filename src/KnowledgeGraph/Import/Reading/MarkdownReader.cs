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
        var builder = new DocumentBuilder(normalizer);
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
        Collect(document, builder, listDepth: 0);
        return builder.Build();
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

    private static void Collect(ContainerBlock container, DocumentBuilder output, int listDepth)
    {
        foreach (var child in container)
        {
            switch (child)
            {
                case HeadingBlock heading:
                    Inlines.Fill(output.Add(BlockKind.Heading, heading.Level, capacity: SourceLength(heading)), heading.Inline, prefix: null);
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
                        Inlines.FillRow(output.Add(BlockKind.TableRow, capacity: SourceLength(row)), row);
                    }
                    break;
                case ParagraphBlock paragraph:
                    foreach (var run in LeadRuns(paragraph.Inline))
                    {
                        Inlines.Fill(output.Add(BlockKind.Paragraph, capacity: SourceLength(paragraph)), run, prefix: null);
                    }
                    break;
                // Quotes hold paragraphs and lists of the report; code, HTML and link definitions are not its prose.
                case QuoteBlock quote:
                    Collect(quote, output, listDepth);
                    break;
            }
        }
    }

    /// <summary>A block's length in the source: its text without the markup is no longer (entities aside), so its buffer never grows.</summary>
    private static int SourceLength(Markdig.Syntax.Block block) => Math.Max(block.Span.Length, 16);

    /// <summary>A paragraph's inlines split before every bold lead that starts a sentence (<see cref="LeadRuns"/>).</summary>
    private static IEnumerable<IReadOnlyList<Inline>> LeadRuns(ContainerInline? inline) =>
        Import.LeadRuns.Split<Inline>(inline?.ToList() ?? [], node => node is EmphasisInline { DelimiterCount: 2, DelimiterChar: '*' or '_' },
            // A strong run's own words do not end the sentence before it: only literal text does.
            node => node switch
            {
                LiteralInline literal => literal.Content.AsSpan(),
                LineBreakInline => " ",
                EmphasisInline => "*",
                _ => "\u0001",
            });

    private static void CollectItem(ListItemBlock item, bool ordered, DocumentBuilder output, int depth)
    {
        var first = true;
        foreach (var child in item)
        {
            if (first && child is ParagraphBlock paragraph)
            {
                Inlines.Fill(output.Add(BlockKind.ListItem, depth, capacity: SourceLength(paragraph) + 8), paragraph.Inline, ordered ? $"{item.Order}. " : null);
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
                Inlines.Fill(output.Add(BlockKind.Paragraph, depth, capacity: SourceLength(more)), more.Inline, prefix: null);
            }
            first = false;
        }
    }

    /// <summary>Markdig's inlines as a block's words: markup gives only its text, the opening bold run is the lead.</summary>
    private static class Inlines
    {
        public static void Fill(PendingBlock block, IEnumerable<Inline>? inline, string? prefix)
        {
            block.Text.Append(prefix);
            if (inline is null)
            {
                return;
            }
            var leading = LeadingStrong(inline);
            foreach (var node in inline)
            {
                if (ReferenceEquals(node, leading))
                {
                    block.BeginLead();
                    Append(block, node);
                    block.EndLead();
                }
                else
                {
                    Append(block, node);
                }
            }
            block.PromoteWholeBoldLead();
        }

        public static void FillRow(PendingBlock block, TableRow row)
        {
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
                            Append(block, node);
                        }
                    }
                }
            }
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

        private static void Append(PendingBlock block, Inline node, int depth = 0)
        {
            if (depth > MaxInlineDepth)
            {
                throw new ImportException($"inline markup nested more than {MaxInlineDepth} deep (emphasis or links inside one another): not a report's text");
            }
            switch (node)
            {
                case LiteralInline literal:
                    block.Text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    block.Text.Append(code.Content);
                    break;
                case LineBreakInline:
                    block.Text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    block.Text.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    block.Text.Append(autolink.Url);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline link:
                    var from = block.Mark();
                    AppendChildren(block, link, depth);
                    var to = block.Mark();
                    if (!string.IsNullOrEmpty(link.Url))
                    {
                        block.AddLink(from, to, link.Url);
                    }
                    break;
                case ContainerInline container:
                    AppendChildren(block, container, depth);
                    break;
            }
        }

        private static void AppendChildren(PendingBlock block, ContainerInline container, int depth)
        {
            foreach (var child in container)
            {
                Append(block, child, depth + 1);
            }
        }
    }
}
