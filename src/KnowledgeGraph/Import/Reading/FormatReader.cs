namespace KnowledgeGraph.Import;

/// <summary>Picks the reader a report's format needs (its file name's extension says which) and hands back its blocks.</summary>
public sealed class FormatReader(TextNormalizer normalizer)
{
    private readonly MarkdownReader _markdown = new(normalizer);
    private readonly HtmlReader _html = new(normalizer);
    private readonly WordReader _word = new(normalizer);
    private readonly PdfReader _pdf = new(normalizer);

    /// <exception cref="ImportException">Not a report format, or content its reader refuses; the message starts with the name.</exception>
    public ReadDocument Read(string name, byte[] content)
    {
        var format = ReportFormats.Of(name)
            ?? throw new ImportException($"{name}: not a {ReportFormats.Described} file");
        if (ReportFormats.IsText(format))
        {
            return ReadText(name, DocumentReader.DecodeText(name, content));
        }
        return Named(name, () => format switch
        {
            ReportFormat.Html => _html.Read(content),
            ReportFormat.Word => _word.Read(content),
            _ => _pdf.Read(content),
        });
    }

    /// <summary>A text format's content already decoded: Markdown by its syntax, anything else as plain text.</summary>
    public ReadDocument ReadText(string name, string raw) => ReportFormats.Of(name) switch
    {
        ReportFormat.Markdown => Named(name, () => _markdown.Read(raw)),
        ReportFormat.Html => Named(name, () => _html.Read(System.Text.Encoding.UTF8.GetBytes(raw))),
        _ => ReadDocument.FromPlainText(normalizer.Normalize(raw).Text),
    };

    private static ReadDocument Named(string name, Func<ReadDocument> read)
    {
        try
        {
            return read();
        }
        catch (ImportException ex)
        {
            throw new ImportException($"{name}: {ex.Message}", ex);
        }
    }
}
