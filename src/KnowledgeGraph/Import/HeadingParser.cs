using System.Buffers;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import;

/// <summary>
/// Recognizes the heading forms people number reports with: Markdown #, 一、, (一), 2.1 / 3.2.1 and 1. / 1、,
/// splitting a run-in title from the text that follows it on the line.
/// </summary>
internal static partial class HeadingParser
{
    /// <summary>The heading that opens this span of a line, with its run-in text as body, or null.</summary>
    public static Section? TryParse(string text, TextSpan span)
    {
        // Every heading form starts with '#', '(', a digit or a Chinese numeral; most lines are prose and stop here.
        if (span.Length == 0 || !HeadingStarts.Contains(text[span.Start]))
        {
            return null;
        }
        var value = span.Of(text);
        var markdown = MarkdownHeading().Match(value);
        if (markdown.Success)
        {
            var level = markdown.Groups[1].Length;
            var titleGroup = markdown.Groups[2];
            return new Section
            {
                Family = $"md{level}",
                Heading = titleGroup.Value,
                HeadingSpan = new TextSpan(span.Start + titleGroup.Index, span.Start + titleGroup.Index + titleGroup.Length),
            };
        }
        foreach (var (family, pattern) in NumberedHeadings)
        {
            var match = pattern.Match(value);
            if (!match.Success)
            {
                continue;
            }
            var rest = match.Groups["rest"];
            var (title, body) = HeadingText.Split(text, new TextSpan(span.Start + rest.Index, span.End));
            var number = match.Groups["n"].Value;
            var section = new Section
            {
                Family = family == "dotted" ? $"dotted{number.Count(c => c == '.') + 1}" : family,
                Heading = title.Of(text),
                HeadingSpan = title,
                Number = family is "cn-top" or "cn-paren" ? ChineseNumerals.Parse(number) : int.Parse(number.Split('.')[^1], System.Globalization.CultureInfo.InvariantCulture),
            };
            if (body is { } run)
            {
                section.Body.Add(run);
            }
            return section;
        }
        return null;
    }

    private static readonly SearchValues<char> HeadingStarts = SearchValues.Create("#(0123456789一二三四五六七八九十");

    private static readonly (string Family, Regex Pattern)[] NumberedHeadings =
    [
        ("cn-paren", CnParenHeading()),
        ("cn-top", CnTopHeading()),
        ("dotted", DottedHeading()),
        ("arabic", ArabicHeading()),
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
}
