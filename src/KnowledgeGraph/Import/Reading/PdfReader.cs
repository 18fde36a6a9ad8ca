using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace KnowledgeGraph.Import;

/// <summary>
/// Reads a PDF report's text layer through PdfPig. A PDF has no headings or paragraphs, only positioned
/// letters, so the structure is recovered from the print: lines larger than the body text are headings
/// (their level by size), bold body-size lines titles, indented or bulleted lines list items; lines are
/// rejoined into paragraphs (no space between Chinese characters, a space between English words, a word
/// hyphenated at a line's end rejoined); running headers, footers and page numbers are dropped. Each block
/// keeps its page, so evidence can say where in the file it stands.
/// </summary>
public sealed partial class PdfReader(TextNormalizer normalizer)
{
    /// <summary>Above the body size by this much a line is a heading (Chromium's h3 is 1.17 times the body, h4 the body in bold).</summary>
    private const double HeadingRatio = 1.12;

    /// <exception cref="ImportException">Encrypted, without a text layer, or not a readable PDF.</exception>
    public ReadDocument Read(byte[] content)
    {
        try
        {
            using var pdf = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pages = pdf.GetPages().Select(page => (Page: page, Lines: PdfLine.Of(page, IsBold))).ToList();
            if (pages.All(page => page.Lines.Count == 0))
            {
                throw new ImportException(pages.Any(page => page.Page.GetImages().Any())
                    ? "the PDF has no text layer: its pages are images (a scan?); run OCR on it and import the result"
                    : "the PDF has no text");
            }
            var lines = WithoutRunningHeadersAndFooters(pages.Select(page => (page.Page.Height, page.Lines)).ToList());
            return new Layout(lines).Blocks(new DocumentBuilder(normalizer));
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new ImportException("the PDF is encrypted: it needs a password to be read; import an unprotected copy", ex);
        }
        catch (Exception ex) when (ex is not ImportException and not OutOfMemoryException)
        {
            // PdfPig reports a damaged file with exceptions of many kinds; each means the same to the user.
            throw new ImportException($"not a readable PDF ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }

    // A font without a bold face (most CJK fonts) is emboldened by the printer: Chromium draws such glyphs
    // as Type3 outlines, LibreOffice and Word fill and stroke them.
    private static bool IsBold(Letter letter) =>
        letter.FontDetails.IsBold || letter.FontDetails.Weight >= 600 || BoldName().IsMatch(letter.FontName ?? "")
        || letter.RenderingMode == UglyToad.PdfPig.Core.TextRenderingMode.FillThenStroke
        || string.Equals(letter.FontName, "Type3", StringComparison.Ordinal);

    [GeneratedRegex("bold|black|heavy|semibold|demibold", RegexOptions.IgnoreCase)]
    private static partial Regex BoldName();

    /// <summary>
    /// Lines in a page's top or bottom margin that repeat on other pages (numbers aside) are running headers
    /// and footers; margin lines that are only a page number ("3", "- 3 -", "第3页", "Page 3 of 9") go too.
    /// </summary>
    private static List<PdfLine> WithoutRunningHeadersAndFooters(IReadOnlyList<(double Height, List<PdfLine> Lines)> pages)
    {
        bool InMargin(PdfLine line, double height) => line.Baseline > height * 0.9 || line.Baseline < height * 0.1;
        var repeated = pages
            .SelectMany(page => page.Lines.Where(line => InMargin(line, page.Height)).Select(line => (Key: MarginKey(line.Text), line.Page)))
            .GroupBy(margin => margin.Key)
            .Where(group => group.Select(margin => margin.Page).Distinct().Count() >= Math.Max(2, (pages.Count + 1) / 2))
            .Select(group => group.Key)
            .ToHashSet();
        return [.. pages.SelectMany(page => page.Lines.Where(line =>
            !(InMargin(line, page.Height) && (repeated.Contains(MarginKey(line.Text)) || PageNumber().IsMatch(line.Text)))))];
    }

    private static string MarginKey(string text) => Digits().Replace(text, "#").Replace(" ", "");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\s*(?:[-–—]\s*)?(?:第\s*)?(?:(?:page|p\.)\s*)?\d+(?:\s*页)?(?:\s*(?:/|of|共)\s*\d+\s*页?)?(?:\s*[-–—])?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
