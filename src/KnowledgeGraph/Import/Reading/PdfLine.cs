using System.Text;
using UglyToad.PdfPig.Content;

namespace KnowledgeGraph.Import;

/// <summary>A run of a PDF line's text in one weight: bold runs make leads and titles.</summary>
internal readonly record struct PdfRun(string Text, bool Bold);

/// <summary>
/// One printed line of a PDF page: its text (spaces where the glyphs leave a gap; none between Chinese
/// characters), its dominant font size, where it stands, and its runs by weight.
/// </summary>
internal sealed record PdfLine(int Page, string Text, double Size, double Left, double Right, double Baseline, IReadOnlyList<PdfRun> Runs)
{
    public bool AllBold => Runs.All(run => run.Bold || string.IsNullOrWhiteSpace(run.Text));

    /// <summary>
    /// The page's letters as lines, in the order the page draws them (PDF producers draw text in reading
    /// order): a new line where the baseline moves by more than half a letter or the text jumps back left.
    /// Rotated letters (watermarks, margin notes) are not the report's text. PdfPig gives letters, not lines:
    /// grouping them is written here.
    /// </summary>
    public static List<PdfLine> Of(Page page, Func<Letter, bool> isBold)
    {
        var lines = new List<PdfLine>();
        var current = new List<Letter>();
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal || letter.Value.Length == 0)
            {
                continue;
            }
            if (current.Count > 0)
            {
                var last = current[^1];
                var size = Math.Max(last.PointSize, letter.PointSize);
                if (Math.Abs(letter.StartBaseLine.Y - last.StartBaseLine.Y) > size * 0.5 || letter.StartBaseLine.X < last.StartBaseLine.X - size * 2)
                {
                    Flush(page.Number, current, isBold, lines);
                }
            }
            current.Add(letter);
        }
        Flush(page.Number, current, isBold, lines);
        return lines;
    }

    private static void Flush(int page, List<Letter> letters, Func<Letter, bool> isBold, List<PdfLine> lines)
    {
        if (letters.Count == 0)
        {
            return;
        }
        var runs = new List<PdfRun>();
        var run = new StringBuilder();
        var runBold = false;
        Letter? previous = null;
        foreach (var letter in letters)
        {
            // A space takes the weight of the run it is in: only visible letters switch runs.
            var bold = IsSpace(letter.Value) ? runBold : isBold(letter);
            var gap = previous is null ? 0 : letter.StartBaseLine.X - previous.EndBaseLine.X;
            var space = previous is not null && gap > letter.PointSize * 0.2 && !IsSpace(previous.Value) && !IsSpace(letter.Value);
            if (bold != runBold && run.Length > 0)
            {
                runs.Add(new PdfRun(run.ToString(), runBold));
                run.Clear();
            }
            runBold = bold;
            if (space)
            {
                run.Append(' ');
            }
            run.Append(letter.Value);
            previous = letter;
        }
        runs.Add(new PdfRun(run.ToString(), runBold));
        var text = string.Concat(runs.Select(r => r.Text));
        if (string.IsNullOrWhiteSpace(text))
        {
            letters.Clear();
            return;
        }
        var size = letters.Where(l => !IsSpace(l.Value)).GroupBy(l => Math.Round(l.PointSize * 2) / 2)
            .OrderByDescending(group => group.Count()).ThenByDescending(group => group.Key).First().Key;
        var visible = letters.Where(l => !IsSpace(l.Value)).ToList();
        lines.Add(new PdfLine(page, text, size, visible[0].StartBaseLine.X, visible[^1].EndBaseLine.X, letters[0].StartBaseLine.Y, runs));
        letters.Clear();
    }

    private static bool IsSpace(string value) => string.IsNullOrWhiteSpace(value);
}
