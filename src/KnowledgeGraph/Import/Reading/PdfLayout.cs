namespace KnowledgeGraph.Import;

public sealed partial class PdfReader
{
    /// <summary>
    /// The document's print measured once — body size, left margin, text width, the heading sizes in use —
    /// and its lines turned into blocks with it.
    /// </summary>
    private sealed class Layout
    {
        private static readonly string[] Bullets = ["•", "·", "▪", "●", "○", "■", "◦", "‣", "∙", "\uF0B7", "\uF0A7", "- ", "– "];

        private readonly List<PdfLine> _lines;
        private readonly double _body;
        private readonly double _left;
        private readonly double _right;
        private readonly Dictionary<double, int> _headingLevels;

        public Layout(List<PdfLine> lines)
        {
            _lines = lines;
            // The body size is the size most text is printed in; its lines say where the text column is.
            _body = lines.GroupBy(line => line.Size).OrderByDescending(group => group.Sum(line => line.Text.Length)).First().Key;
            var body = lines.Where(line => Math.Abs(line.Size - _body) < 0.5).ToList();
            _left = body.GroupBy(line => Math.Round(line.Left)).OrderByDescending(group => group.Count()).ThenBy(group => group.Key).First().Key;
            _right = body.Max(line => line.Right);
            var sizes = lines.Where(IsHeadingSize).Select(line => line.Size).Distinct().OrderDescending().ToList();
            // The largest size printed once (on one line or a few in a row), first, is the title (level 1); otherwise the largest size is a
            // section heading and levels start at 2, as "##" starts a Markdown report without a title line.
            var titled = sizes.Count > 0 && lines[0].Size == sizes[0] && lines.SkipWhile(line => line.Size == sizes[0]).All(line => line.Size != sizes[0]);
            _headingLevels = sizes.Select((size, rank) => (size, level: titled ? rank + 1 : rank + 2)).ToDictionary(pair => pair.size, pair => Math.Min(pair.level, 6));
        }

        private bool IsHeadingSize(PdfLine line) => line.Size >= _body * HeadingRatio;

        public ReadDocument Blocks(DocumentBuilder builder)
        {
            PendingBlock? open = null;
            PdfLine? last = null;
            var openLeft = 0.0;
            var allBold = false;
            foreach (var line in _lines)
            {
                if (open is not null && last is not null && Continues(last, line, openLeft, open.Kind))
                {
                    Join(open, line.Text);
                    allBold &= line.AllBold;
                }
                else
                {
                    Close(open, allBold);
                    (open, openLeft, allBold) = (Open(builder, line), line.Left, line.AllBold);
                }
                last = line;
            }
            Close(open, allBold);
            return builder.Build();
        }

        private PendingBlock Open(DocumentBuilder builder, PdfLine line)
        {
            if (IsHeadingSize(line))
            {
                var heading = builder.Add(BlockKind.Heading, _headingLevels[line.Size], line.Page);
                heading.Text.Append(line.Text);
                return heading;
            }
            var text = line.Text.TrimStart();
            var bullet = Bullets.FirstOrDefault(text.StartsWith);
            var indent = line.Left - _left;
            PendingBlock block;
            if (bullet is not null || indent > _body * 1.2)
            {
                // Lists are indented (Chromium draws the bullets as shapes, so the indent is all there is to see).
                block = builder.Add(BlockKind.ListItem, Math.Max(1, (int)Math.Round(indent / (_body * 2.5))), line.Page);
            }
            else
            {
                block = builder.Add(IsNumberedTitle(text) ? BlockKind.Line : BlockKind.Paragraph, 0, line.Page);
            }
            var runs = line.Runs.ToList();
            if (bullet is not null)
            {
                runs[0] = runs[0] with { Text = runs[0].Text.TrimStart()[bullet.Length..] };
            }
            var first = true;
            foreach (var run in runs)
            {
                if (first && run.Bold && runs.Count > 1 && !string.IsNullOrWhiteSpace(run.Text))
                {
                    block.BeginLead();
                    block.Text.Append(run.Text);
                    block.EndLead();
                }
                else
                {
                    block.Text.Append(run.Text);
                }
                first &= string.IsNullOrWhiteSpace(run.Text);
            }
            return block;
        }

        // A short numbered line in the body's size ("一、发展趋势" printed plainly) is a heading by its numbering: the splitter reads it as a line of text.
        private static bool IsNumberedTitle(string text) =>
            text.Length <= 40 && HeadingParser.TryParse(text, new TextSpan(0, text.Length)) is { Body: null };

        private static void Close(PendingBlock? block, bool allBold)
        {
            if (block is not null && allBold && block.Kind != BlockKind.Heading)
            {
                block.DropLead();
                block.Strong = true;
            }
        }

        /// <summary>Whether a line goes on the paragraph the last line is in: same size, the next line down, aligned, not a new list entry.</summary>
        private bool Continues(PdfLine last, PdfLine line, double openLeft, BlockKind kind)
        {
            if (Math.Abs(last.Size - line.Size) >= 0.5 || kind == BlockKind.Line || Bullets.Any(line.Text.TrimStart().StartsWith))
            {
                return false;
            }
            if (line.Left < openLeft - line.Size * 0.5 || line.Left > openLeft + line.Size * 3)
            {
                return false;
            }
            // A line that stops short of the column's edge ends its paragraph (an English line may stop a long word short).
            var full = last.Right >= _right - line.Size * (HeadingText.IsCjk(last.Text[^1]) ? 2 : 5);
            if (line.Page != last.Page)
            {
                // Across a page break only a paragraph cut mid-sentence goes on.
                return full && kind != BlockKind.Heading && !EndsSentence(last.Text);
            }
            var step = last.Baseline - line.Baseline;
            return step > 0 && step <= last.Size * 1.5 && (full || kind == BlockKind.Heading);
        }

        private static bool EndsSentence(string text) => text.TrimEnd() is { Length: > 0 } trimmed && trimmed[^1] is '。' or '.' or '!' or '?' or '！' or '？' or ':' or '：';

        /// <summary>Rejoins a wrapped line: Chinese runs on without a space, English gets one, a hyphenated word is whole again.</summary>
        private static void Join(PendingBlock block, string next)
        {
            var text = block.Text;
            while (text.Length > 0 && text[^1] == ' ')
            {
                text.Length--;
            }
            next = next.TrimStart();
            if (text.Length == 0 || next.Length == 0)
            {
                text.Append(next);
                return;
            }
            var end = text[^1];
            if (end == '-' && text.Length > 1 && char.IsLetter(text[^2]) && char.IsLower(next[0]))
            {
                text.Length--;
            }
            else if (!(HeadingText.IsCjk(end) || IsCjkPunctuation(end)) || !(HeadingText.IsCjk(next[0]) || IsCjkPunctuation(next[0])))
            {
                text.Append(' ');
            }
            text.Append(next);
        }

        private static bool IsCjkPunctuation(char c) => c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';
    }
}
