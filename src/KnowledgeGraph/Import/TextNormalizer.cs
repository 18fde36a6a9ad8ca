using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Import;

/// <summary>
/// Unicode NFKC, one space for any run of white space, no scraped boilerplate, and every passage once:
/// scraped pages repeat their body (seed 000 does), and nothing may be counted twice.
/// </summary>
public sealed partial class TextNormalizer(Ontology.Ontology ontology)
{
    /// <summary>A repeat this long (in lines, or in characters for long lines) is a copied passage, not chance.</summary>
    private const int MinRepeatedLines = 3;
    private const int MinRepeatedChars = 200;

    private readonly Boilerplate _boilerplate = ontology.Boilerplate;
    // Every line is checked against every cue: one pass per list instead of one search per cue.
    private readonly CueSet _disclaimers = new(ontology.Boilerplate.Disclaimer);
    private readonly CueSet _callsToAction = new(ontology.Boilerplate.CallToAction);

    public NormalizedText Normalize(string raw)
    {
        var lines = SplitLines(raw);
        var boilerplate = DropBoilerplate(lines);
        var repeated = DropRepeatedPassages(lines);
        return new NormalizedText(Join(lines), boilerplate, repeated);
    }

    /// <summary>
    /// For readers that parse the file themselves (Markdown): which of a document's block texts stay — not
    /// boilerplate, not a repeat of an earlier passage — by the same rules <see cref="Normalize"/> applies to lines.
    /// </summary>
    public (bool[] Kept, int BoilerplateDropped, int RepeatedDropped) Filter(IReadOnlyList<string> blocks)
    {
        var lines = new List<string?>(blocks);
        var boilerplate = DropBoilerplate(lines);
        var repeated = DropRepeatedPassages(lines);
        return ([.. lines.Select(line => line is not null)], boilerplate, repeated);
    }

    /// <summary>
    /// One block's text as <see cref="Normalize"/> would leave a line of it — NFKC, one space per run of white
    /// space (line breaks included), no control or format characters, trimmed — and where each of the raw
    /// offsets in <paramref name="marks"/> (ascending) lands in the result.
    /// </summary>
    public static string NormalizeBlock(string raw, IReadOnlyList<int> marks, int[] mapped)
    {
        if (IsNormalBlock(raw))
        {
            // Most blocks of a Markdown report: nothing to change, every offset stays where it is.
            for (var k = 0; k < marks.Count; k++)
            {
                mapped[k] = marks[k];
            }
            return raw;
        }
        var builder = new StringBuilder(raw.Length);
        var pendingSpace = false;
        var mark = 0;
        for (var i = 0; i <= raw.Length; i++)
        {
            while (mark < marks.Count && marks[mark] == i)
            {
                mapped[mark++] = builder.Length + (pendingSpace && i < raw.Length ? 1 : 0);
            }
            if (i == raw.Length)
            {
                break;
            }
            var c = raw[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format || char.IsSurrogate(c) && !IsPairAt(raw, i))
            {
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            var width = char.IsHighSurrogate(c) ? 2 : 1;
            // Nearly every character is its own NFKC form; only the others (full-width forms, ligatures…) are looked up.
            if (c < '\u00a0' || HeadingText.IsCjk(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(width == 1 ? NfkcOf(c) : raw.AsSpan(i, width).ToString().Normalize(NormalizationForm.FormKC));
            }
            i += width - 1;
        }
        for (; mark < marks.Count; mark++)
        {
            mapped[mark] = builder.Length;
        }
        for (var k = 0; k < marks.Count; k++)
        {
            // A mark in trailing white space was placed after a space that never came: it lands at the end.
            mapped[k] = Math.Min(mapped[k], builder.Length);
        }
        return builder.ToString();
    }

    /// <summary>Each character's NFKC form, asked of ICU once per character rather than once per use; null until asked.</summary>
    private static readonly string?[] Nfkc = new string?[char.MaxValue + 1];

    /// <summary>A character's NFKC form (not a surrogate's): Chinese full stops stay, a full-width comma becomes ",".</summary>
    private static string NfkcOf(char c) =>
        // Two threads may ask at once; both write an equal answer.
        Nfkc[c] ??= c.ToString().Normalize(NormalizationForm.FormKC);

    /// <summary>Whether <see cref="NormalizeBlock"/> would leave a text as it is: single spaces inside only, every other character copied unchanged.</summary>
    private static bool IsNormalBlock(string raw)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            var unchanged = c == ' ' ? i > 0 && i < raw.Length - 1 && raw[i - 1] != ' ' : IsCopiedUnchanged(c);
            if (!unchanged)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A character <see cref="NormalizeBlock"/> copies as it is: not white space, control or format, not a surrogate, its own NFKC form.</summary>
    private static bool IsCopiedUnchanged(char c)
    {
        if (c < '\u00a0')
        {
            return !char.IsControl(c) && c != ' ';
        }
        return HeadingText.IsCjk(c) || !char.IsWhiteSpace(c) && !char.IsSurrogate(c)
            && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format && NfkcOf(c) is [var same] && same == c;
    }

    private static bool IsPairAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    private static List<string?> SplitLines(string raw)
    {
        var text = WithoutLoneSurrogates(raw).Normalize(NormalizationForm.FormKC);
        var lines = new List<string?>();
        var line = new StringBuilder();
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (line.Length == 0 && CleanLineAt(text, i) is var clean and > 0)
            {
                // Most lines need no change: copied whole instead of character by character.
                lines.Add(text.Substring(i, clean));
                i += clean;
                if (i == text.Length)
                {
                    return lines;
                }
                continue;
            }
            if (c == '\n' || c == '\r')
            {
                lines.Add(line.ToString());
                line.Clear();
                pendingSpace = false;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = line.Length > 0;
                continue;
            }
            // Control and format characters (NUL, zero-width space, BOM) carry no text.
            if (char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }
            if (pendingSpace)
            {
                line.Append(' ');
                pendingSpace = false;
            }
            line.Append(c);
        }
        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>
    /// The length of the line starting at <paramref name="start"/> when it can be kept as it is — it starts
    /// and ends with text, its only white space is single ASCII spaces and it has no control or format
    /// characters — or 0.
    /// </summary>
    private static int CleanLineAt(string text, int start)
    {
        var i = start;
        for (; i < text.Length && text[i] is not ('\n' or '\r'); i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (i == start || i + 1 >= text.Length || text[i + 1] is ' ' or '\n' or '\r')
                {
                    return 0;
                }
            }
            else if (c < '\u00a0' ? c < '!' || c is >= '\u007f' and <= '\u009f' : char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                return 0;
            }
        }
        return i - start;
    }

    // A lone surrogate (possible in text sent through the API as JSON "\uD800") makes NFKC throw; it carries no text.
    private static string WithoutLoneSurrogates(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text[i]).Append(text[++i]);
            }
            else if (!char.IsSurrogate(text[i]))
            {
                builder.Append(text[i]);
            }
        }
        return builder.ToString();
    }

    private int DropBoilerplate(List<string?> lines)
    {
        var dropped = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (string.IsNullOrEmpty(line))
            {
                continue;
            }
            if (IsRelatedListHeader(line))
            {
                // "相关新闻" and what follows it are links to other pages, down to the end of the page.
                for (var j = i; j < lines.Count; j++)
                {
                    dropped += lines[j] is { Length: > 0 } ? 1 : 0;
                    lines[j] = null;
                }
                break;
            }
            if (IsNavigation(line))
            {
                lines[i] = null;
                dropped++;
                var next = NextNonEmpty(lines, i + 1);
                // A bare "下一篇文章" line is followed by the linked page's title.
                if (next >= 0 && IsBareCue(line, _boilerplate.Navigation) && lines[next]!.Length <= 60)
                {
                    lines[next] = null;
                    dropped++;
                }
                continue;
            }
            if (IsDisclaimerOrCallToAction(line) || IsBreadcrumb(line) || DateLine().IsMatch(line))
            {
                lines[i] = null;
                dropped++;
            }
        }
        return dropped;
    }

    private static int DropRepeatedPassages(List<string?> lines)
    {
        var content = new List<int>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!string.IsNullOrEmpty(lines[i]))
            {
                content.Add(i);
            }
        }
        var firstSeen = new Dictionary<string, int>(content.Count, StringComparer.Ordinal);
        var dropped = 0;
        for (var k = 0; k < content.Count; k++)
        {
            var line = lines[content[k]]!;
            if (!firstSeen.TryGetValue(line, out var earlier))
            {
                firstSeen[line] = k;
                continue;
            }
            var length = 0;
            var chars = 0;
            while (k + length < content.Count && earlier + length < k
                && lines[content[earlier + length]] == lines[content[k + length]])
            {
                chars += lines[content[k + length]]!.Length;
                length++;
            }
            if (length < MinRepeatedLines && chars < MinRepeatedChars)
            {
                continue;
            }
            for (var r = 0; r < length; r++)
            {
                lines[content[k + r]] = null;
            }
            dropped += length;
            k += length - 1;
        }
        return dropped;
    }

    private static string Join(List<string?> lines)
    {
        var builder = new StringBuilder(lines.Sum(line => line?.Length + 1 ?? 0));
        var blank = false;
        foreach (var line in lines)
        {
            if (line is null)
            {
                continue;
            }
            if (line.Length == 0)
            {
                blank = builder.Length > 0;
                continue;
            }
            if (builder.Length > 0)
            {
                builder.Append(blank ? "\n\n" : "\n");
            }
            builder.Append(line);
            blank = false;
        }
        return builder.ToString();
    }

    private static int NextNonEmpty(List<string?> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (!string.IsNullOrEmpty(lines[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private bool IsRelatedListHeader(string line) => line.Length <= 30 && StartsWithAny(line, _boilerplate.Related);

    private bool IsNavigation(string line) => line.Length <= 80 && StartsWithAny(line, _boilerplate.Navigation);

    private bool IsDisclaimerOrCallToAction(string line) =>
        (line.Length <= 300 && _disclaimers.IsIn(line))
        || (line.Length <= 40 && _callsToAction.IsIn(line))
        || (line.Length <= 300 && line.Contains('@') && _callsToAction.IsIn(line) && EmailAddress().IsMatch(line));

    // "行业百科>大模型未来发展趋势和挑战": a short trail of page names, no sentence.
    private static bool IsBreadcrumb(string line) => line.Length <= 80 && line.AsSpan().IndexOfAny(">»›") > 0 && Breadcrumb().IsMatch(line);

    private static bool IsBareCue(string line, IEnumerable<string> cues) =>
        cues.Any(cue => line.TrimEnd(':', ' ').Equals(cue, StringComparison.OrdinalIgnoreCase));

    private static bool StartsWithAny(string line, IReadOnlyList<string> cues)
    {
        foreach (var cue in cues)
        {
            if (line.StartsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"^[^。.!?>»›]{1,30}(\s*[>»›]\s*[^。.!?>»›]{1,40})+$")]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\s+\d{1,2}:\d{2}(:\d{2})?)?$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+")]
    private static partial Regex EmailAddress();
}
