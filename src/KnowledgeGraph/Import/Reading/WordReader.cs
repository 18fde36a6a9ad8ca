using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KnowledgeGraph.Import;

/// <summary>
/// Reads a Word (.docx) report through the Open XML SDK: a paragraph's heading level from its style
/// ("heading N", Title) or outline level, list items from list numbering (their depth, and the number an
/// ordered list shows), bold runs as leads or titles, hyperlinks with their address, table rows. Headers,
/// footers, comments and deleted text are not the report's prose. The archive is checked before it is
/// expanded, so a zip bomb is refused unopened.
/// </summary>
public sealed class WordReader(TextNormalizer normalizer)
{
    /// <summary>The most a .docx may expand to; a report's XML is a few megabytes even for a long one.</summary>
    public const long MaxExpandedBytes = 256L * 1024 * 1024;

    /// <summary>Expanding more than this many times its packed size is a zip bomb, not a document.</summary>
    public const int MaxCompressionRatio = 200;

    /// <exception cref="ImportException">Not a .docx archive, corrupt, or expanding past the limits.</exception>
    public ReadDocument Read(byte[] content)
    {
        CheckArchive(content);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var word = WordprocessingDocument.Open(stream, isEditable: false,
                new OpenSettings { MaxCharactersInPart = MaxExpandedBytes / 2 });
            var main = word.MainDocumentPart ?? throw new ImportException("not a Word document (no main document part)");
            var body = main.Document?.Body ?? throw new ImportException("not a Word document (no body)");
            var builder = new DocumentBuilder(normalizer);
            new Walk(builder, main).Blocks(body);
            return builder.Build();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException or InvalidOperationException)
        {
            throw new ImportException($"not a readable Word document ({ex.Message})", ex);
        }
    }

    private static void CheckArchive(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            long expanded = 0;
            foreach (var entry in zip.Entries)
            {
                expanded += entry.Length;
                if (entry.Length > MaxExpandedBytes || expanded > MaxExpandedBytes
                    || (entry.Length > 1024 * 1024 && entry.Length > entry.CompressedLength * (long)MaxCompressionRatio))
                {
                    throw new ImportException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"refused before expanding: '{entry.FullName}' expands to {entry.Length:N0} bytes from {entry.CompressedLength:N0} (a zip bomb, not a report)"));
                }
            }
            if (zip.GetEntry("word/document.xml") is null)
            {
                throw new ImportException("not a Word document (a zip archive without word/document.xml)");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new ImportException($"not a Word document: the file is not a valid .docx (zip) archive ({ex.Message})", ex);
        }
    }

    /// <summary>One pass over the body's paragraphs and tables, in reading order.</summary>
    private sealed class Walk(DocumentBuilder builder, MainDocumentPart main)
    {
        private readonly WordStyles _styles = new(main);
        private readonly Dictionary<(int NumId, int Level), int> _counters = [];

        public void Blocks(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph paragraph:
                        Paragraph(paragraph);
                        break;
                    case Table table:
                        foreach (var row in table.Elements<TableRow>())
                        {
                            Row(row);
                        }
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } sdtContent:
                        Blocks(sdtContent);
                        break;
                }
            }
        }

        private void Paragraph(Paragraph paragraph)
        {
            var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            var runs = Runs(paragraph, _styles.IsBold(styleId)).ToList();
            if (runs.Count == 0)
            {
                return;
            }
            if (_styles.HeadingLevel(styleId, paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value) is int level)
            {
                Fill(builder.Add(BlockKind.Heading, level), runs);
                return;
            }
            if (_styles.Numbering(paragraph.ParagraphProperties?.NumberingProperties, styleId) is { } numbering)
            {
                var block = builder.Add(BlockKind.ListItem, numbering.Level + 1);
                if (numbering.Ordered)
                {
                    block.Text.Append(Count(numbering.NumId, numbering.Level)).Append(". ");
                }
                Fill(block, runs);
                return;
            }
            foreach (var run in LeadRuns.Split(runs, run => run.Bold, run => run.Text))
            {
                Fill(builder.Add(BlockKind.Paragraph), run);
            }
        }

        // An ordered list's number as Word shows it: each level counts on, a shallower entry restarts the deeper levels.
        private int Count(int numId, int level)
        {
            foreach (var key in _counters.Keys.Where(key => key.NumId == numId && key.Level > level).ToList())
            {
                _counters.Remove(key);
            }
            var number = _counters.GetValueOrDefault((numId, level)) + 1;
            _counters[(numId, level)] = number;
            return number;
        }

        private void Row(TableRow row)
        {
            var block = builder.Add(BlockKind.TableRow);
            foreach (var cell in row.Elements<TableCell>())
            {
                if (block.Text.Length > 0)
                {
                    block.Text.Append(" | ");
                }
                foreach (var paragraph in cell.Elements<Paragraph>())
                {
                    foreach (var run in Runs(paragraph, paragraphBold: false))
                    {
                        block.Text.Append(run.Text);
                    }
                    block.Text.Append(' ');
                }
            }
        }

        /// <summary>The block's words; an opening bold run is its lead, bold throughout makes it a title.</summary>
        private static void Fill(PendingBlock block, IReadOnlyList<WordRun> runs)
        {
            var leading = true;
            foreach (var run in runs)
            {
                if (leading && string.IsNullOrWhiteSpace(run.Text))
                {
                    block.Text.Append(run.Text);
                    continue;
                }
                var from = run.Url is not null ? block.Mark() : -1;
                if (leading && run.Bold)
                {
                    block.BeginLead();
                    block.Text.Append(run.Text);
                    block.EndLead();
                }
                else
                {
                    block.Text.Append(run.Text);
                }
                if (run.Url is not null)
                {
                    block.AddLink(from, block.Mark(), run.Url);
                }
                leading = false;
            }
            block.PromoteWholeBoldLead();
        }

        /// <summary>The paragraph's text runs, bold or not, with the address of the hyperlink a run is in; adjacent bold runs merged.</summary>
        private IEnumerable<WordRun> Runs(Paragraph paragraph, bool paragraphBold)
        {
            WordRun? pending = null;
            foreach (var (run, url) in TextRuns(paragraph))
            {
                var text = TextOf(run);
                if (text.Length == 0)
                {
                    continue;
                }
                var bold = _styles.IsBold(run.RunProperties, paragraphBold);
                if (pending is { } last && last.Url == url && (last.Bold == bold || string.IsNullOrWhiteSpace(text)))
                {
                    pending = last with { Text = last.Text + text };
                    continue;
                }
                if (pending is { } done)
                {
                    yield return done;
                }
                pending = new WordRun(text, bold, url);
            }
            if (pending is { } final)
            {
                yield return final;
            }
        }

        private IEnumerable<(Run Run, string? Url)> TextRuns(OpenXmlElement element, string? url = null)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case Run run:
                        yield return (run, url);
                        break;
                    case Hyperlink hyperlink:
                        var address = hyperlink.Id?.Value is { } id
                            ? main.HyperlinkRelationships.FirstOrDefault(relation => relation.Id == id)?.Uri.ToString()
                            : null;
                        foreach (var inner in TextRuns(hyperlink, address ?? url))
                        {
                            yield return inner;
                        }
                        break;
                    // Deleted text and field codes are not what the reader sees; inserted text, smart tags and fields' results are.
                    case DeletedRun or FieldCode or ParagraphProperties:
                        break;
                    default:
                        foreach (var inner in TextRuns(child, url))
                        {
                            yield return inner;
                        }
                        break;
                }
            }
        }

        private static string TextOf(Run run)
        {
            var text = new System.Text.StringBuilder();
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar or Break or CarriageReturn:
                        text.Append(' ');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                }
            }
            return text.ToString();
        }
    }

    private readonly record struct WordRun(string Text, bool Bold, string? Url);
}
