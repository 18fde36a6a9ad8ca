using System.Buffers;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import;

/// <summary>
/// Recognizes the heading forms people number reports with: Markdown #, 一、, (一), 2.1 / 3.2.1, 1. / 1、,
/// 第一章 / 第一节, A. / B1., (a) / (1) and ①, splitting a run-in title from the text that follows it on the line.
/// </summary>
internal static partial class HeadingParser
{
    /// <summary>The heading that opens this span of a line, with its run-in text as body, or null.</summary>
    /// <remarks>The section splitter asks this several times per line: it matches in place and allocates no section.</remarks>
    public static Heading? TryParse(string text, TextSpan span)
    {
        // Every heading form starts with '#', '(', a digit or a Chinese numeral; most lines are prose and stop here.
        if (span.Length == 0 || !HeadingStarts.Contains(text[span.Start]))
        {
            return null;
        }
        if (text[span.Start] == '#')
        {
            var markdown = MarkdownHeading().Match(text, span.Start, span.Length);
            if (!markdown.Success)
            {
                return null;
            }
            var title = markdown.Groups[2];
            return new Heading(MarkdownFamilies[markdown.Groups[1].Length], null, new TextSpan(title.Index, title.Index + title.Length), null);
        }
        foreach (var (family, pattern) in NumberedHeadings)
        {
            var match = pattern.Match(text, span.Start, span.Length);
            if (!match.Success)
            {
                continue;
            }
            var rest = match.Groups["rest"];
            var (title, body) = HeadingText.Split(text, new TextSpan(rest.Index, span.End));
            var number = match.Groups["n"].ValueSpan;
            return family == "dotted"
                ? new Heading(DottedFamilies[number.Count('.') + 1], LastNumber(number), title, body)
                : new Heading(family, NumberOf(family, number), title, body);
        }
        return null;
    }

    /// <summary>
    /// How many characters of <paramref name="span"/> its numbering takes ("7.1 ", "A. ", "第三章 "), 0 when it
    /// has none: a Markdown heading's level comes from its #s, and its name is what follows the number.
    /// </summary>
    public static int NumberingLength(string text, TextSpan span)
    {
        if (span.Length == 0 || !HeadingStarts.Contains(text[span.Start]))
        {
            return 0;
        }
        foreach (var (_, pattern) in NumberedHeadings)
        {
            var match = pattern.Match(text, span.Start, span.Length);
            if (match.Success)
            {
                return match.Groups["rest"].Index - span.Start;
            }
        }
        return 0;
    }

    private static int? NumberOf(string family, ReadOnlySpan<char> number) => family switch
    {
        "cn-top" or "cn-paren" or "chapter" or "part" => ChineseNumerals.Parse(number.ToString()) is var n and > 0 ? n
            : int.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var digits) ? digits : null,
        "latin" or "paren-latin" => char.IsAsciiLetter(number[0]) ? char.ToUpperInvariant(number[0]) - 'A' + 1 : LastNumber(number),
        "circled" => number[0] - '①' + 1,
        _ => LastNumber(number),
    };

    private static int LastNumber(ReadOnlySpan<char> number) =>
        int.Parse(number[(number.LastIndexOf('.') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private static readonly SearchValues<char> HeadingStarts = SearchValues.Create("#(0123456789一二三四五六七八九十第ABCDEFGHIJKLMNOPQRSTUVWXYZ①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳");

    private static readonly string[] MarkdownFamilies = [.. Enumerable.Range(0, 7).Select(level => $"md{level}")];

    private static readonly string[] DottedFamilies = [.. Enumerable.Range(0, 8).Select(depth => $"dotted{depth}")];

    private static readonly (string Family, Regex Pattern)[] NumberedHeadings =
    [
        ("cn-paren", CnParenHeading()),
        ("cn-top", CnTopHeading()),
        ("dotted", DottedHeading()),
        ("arabic", ArabicHeading()),
        ("chapter", ChapterHeading()),
        ("part", PartHeading()),
        ("latin", LatinHeading()),
        ("paren-latin", ParenLatinHeading()),
        ("circled", CircledHeading()),
    ];

    [GeneratedRegex(@"^(#{1,6})\s+(.*?\S)\s*#*\s*$")]
    public static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^\((?<n>[一二三四五六七八九十]{1,3})\)\s*(?<rest>\S.*)$")]
    private static partial Regex CnParenHeading();

    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})[、.]\s*(?<rest>\S.*)$")]
    private static partial Regex CnTopHeading();

    [GeneratedRegex(@"^(?<n>\d{1,3}(?:\.\d{1,3}){1,5})\.?\s+(?<rest>\S.*)$")]
    private static partial Regex DottedHeading();

    [GeneratedRegex(@"^(?<n>\d{1,2})(?:[.、)](?!\d))\s*(?<rest>[^\s\d].*)$")]
    private static partial Regex ArabicHeading();

    [GeneratedRegex(@"^第(?<n>[一二三四五六七八九十]{1,3}|\d{1,3})[章篇部]\s*(?<rest>\S.*)$")]
    private static partial Regex ChapterHeading();

    [GeneratedRegex(@"^第(?<n>[一二三四五六七八九十]{1,3}|\d{1,3})[节条点]\s*(?<rest>\S.*)$")]
    private static partial Regex PartHeading();

    // "A. Behavioral challenges", "B1. Memory": one capital (and a digit or two), a dot, a space.
    [GeneratedRegex(@"^(?<n>[A-Z]\d{0,2})[.)]\s+(?<rest>\S.*)$")]
    private static partial Regex LatinHeading();

    [GeneratedRegex(@"^\((?<n>[a-z]|\d{1,2})\)\s*(?<rest>\S.*)$")]
    private static partial Regex ParenLatinHeading();

    [GeneratedRegex(@"^(?<n>[①-⑳])\s*(?<rest>\S.*)$")]
    private static partial Regex CircledHeading();
}
