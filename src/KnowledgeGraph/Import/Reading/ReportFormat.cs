namespace KnowledgeGraph.Import;

/// <summary>The formats reports are imported from, told by the file name's extension.</summary>
public enum ReportFormat
{
    Text,
    Markdown,
    Html,
    Word,
    Pdf,
}

public static class ReportFormats
{
    /// <summary>For messages: what a report's file name may end in.</summary>
    public const string Described = ".txt, .md, .html, .docx or .pdf";

    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"];

    public static ReportFormat? Of(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".txt" => ReportFormat.Text,
        ".md" or ".markdown" => ReportFormat.Markdown,
        ".html" or ".htm" => ReportFormat.Html,
        ".docx" => ReportFormat.Word,
        ".pdf" => ReportFormat.Pdf,
        _ => null,
    };

    /// <summary>Formats whose files are text (decoded as strict UTF-8); the others are read from their bytes.</summary>
    public static bool IsText(ReportFormat format) => format is ReportFormat.Text or ReportFormat.Markdown;
}
