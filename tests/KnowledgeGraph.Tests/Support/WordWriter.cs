using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using MdTableCell = Markdig.Extensions.Tables.TableCell;

namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// Writes a Markdown report as a .docx the way Word would: "heading N" styles with Word's sizes, list
/// entries through a numbering part (bullets, or numbers for ordered lists), bold runs, hyperlinks, tables.
/// The tests' own producer of Word files, so one report can be read in every format.
/// </summary>
public static class WordWriter
{
    private const int BulletList = 1;

    public static byte[] FromMarkdown(string markdown)
    {
        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UsePipeTables().Build());
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var numbering = new Numbering(AbstractList(0, NumberFormatValues.Bullet, "•"), AbstractList(1, NumberFormatValues.Decimal, "%1."),
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletList });
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            var body = new Body();
            new Writer(main, body, numbering).Blocks(document, 0);
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Styles Styles()
    {
        static Style Paragraph(string id, string name, int halfPoints, bool bold) => new(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "240", After = "120" }),
            new StyleRunProperties(bold ? [new Bold(), new FontSize { Val = halfPoints.ToString() }] : [new FontSize { Val = halfPoints.ToString() }]))
        { Type = StyleValues.Paragraph, StyleId = id };
        var normal = new Style(new StyleName { Val = "Normal" }, new StyleParagraphProperties(new SpacingBetweenLines { After = "160" }),
            new StyleRunProperties(new FontSize { Val = "21" })) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        return new Styles(normal, Paragraph("Heading1", "heading 1", 36, true), Paragraph("Heading2", "heading 2", 30, true),
            Paragraph("Heading3", "heading 3", 26, true), Paragraph("Heading4", "heading 4", 22, true));
    }

    private static AbstractNum AbstractList(int id, NumberFormatValues format, string text) => new(
        Enumerable.Range(0, 3).Select(level => new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = format == NumberFormatValues.Bullet ? text : $"%{level + 1}." },
            new PreviousParagraphProperties(new Indentation { Left = (720 * (level + 1)).ToString(), Hanging = "360" }))
        { LevelIndex = level }))
    { AbstractNumberId = id };

    private sealed class Writer(MainDocumentPart main, Body body, Numbering numbering)
    {
        public void Blocks(ContainerBlock container, int listLevel)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case HeadingBlock heading:
                        body.Append(Paragraph(heading.Inline, new ParagraphStyleId { Val = $"Heading{heading.Level}" }));
                        break;
                    case ParagraphBlock paragraph:
                        body.Append(Paragraph(paragraph.Inline, null));
                        break;
                    case ListBlock list:
                        List(list, listLevel);
                        break;
                    case MdTable table:
                        body.Append(new Table(table.OfType<MdTableRow>().Select(row => new TableRow(row.OfType<MdTableCell>().Select(cell =>
                            new TableCell(cell.OfType<ParagraphBlock>().Select(p => Paragraph(p.Inline, null)).DefaultIfEmpty(new Paragraph())))))));
                        break;
                    case ContainerBlock nested:
                        Blocks(nested, listLevel);
                        break;
                }
            }
        }

        private void List(ListBlock list, int level)
        {
            var numId = BulletList;
            if (list.IsOrdered)
            {
                // Each ordered list counts from 1: a numbering instance of its own.
                numId = numbering.Elements<NumberingInstance>().Count() + 1;
                numbering.Append(new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = numId });
            }
            foreach (var item in list.OfType<ListItemBlock>())
            {
                Item(item, numId, level);
            }
        }

        private void Item(ListItemBlock item, int numId, int level)
        {
            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock paragraph)
                {
                    body.Append(Paragraph(paragraph.Inline, null,
                        new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })));
                }
                else if (child is ListBlock nested)
                {
                    List(nested, level + 1);
                }
                else if (child is ParagraphBlock more)
                {
                    body.Append(Paragraph(more.Inline, null));
                }
                first = false;
            }
        }

        private Paragraph Paragraph(ContainerInline? inline, ParagraphStyleId? style, NumberingProperties? numberingProperties = null)
        {
            var properties = new ParagraphProperties();
            if (style is not null)
            {
                properties.Append(style);
            }
            if (numberingProperties is not null)
            {
                properties.Append(numberingProperties);
            }
            var paragraph = new Paragraph(properties);
            foreach (var node in inline ?? Enumerable.Empty<Inline>())
            {
                Append(paragraph, node, bold: false);
            }
            return paragraph;
        }

        private void Append(OpenXmlElement parent, Inline node, bool bold)
        {
            switch (node)
            {
                case LiteralInline literal:
                    parent.Append(Run(literal.Content.ToString(), bold));
                    break;
                case CodeInline code:
                    parent.Append(Run(code.Content, bold));
                    break;
                case LineBreakInline:
                    parent.Append(Run(" ", bold));
                    break;
                case EmphasisInline emphasis:
                    foreach (var child in emphasis)
                    {
                        Append(parent, child, bold || emphasis.DelimiterCount == 2);
                    }
                    break;
                case LinkInline link when !link.IsImage && !string.IsNullOrEmpty(link.Url):
                    var relation = main.AddHyperlinkRelationship(new Uri(link.Url, UriKind.RelativeOrAbsolute), isExternal: true);
                    var hyperlink = new Hyperlink { Id = relation.Id };
                    foreach (var child in link)
                    {
                        Append(hyperlink, child, bold);
                    }
                    parent.Append(hyperlink);
                    break;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        Append(parent, child, bold);
                    }
                    break;
            }
        }

        private static Run Run(string text, bool bold)
        {
            var run = new Run();
            if (bold)
            {
                run.Append(new RunProperties(new Bold()));
            }
            run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            return run;
        }
    }
}
