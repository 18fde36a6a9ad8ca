using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KnowledgeGraph.Import;

/// <summary>
/// What a Word document's styles and numbering say of a paragraph: its heading level (a "heading N" or
/// Title style, or an outline level, followed through the styles it is based on), its list numbering
/// (level, and whether the list shows numbers or bullets) and whether its text is bold.
/// </summary>
internal sealed class WordStyles
{
    private readonly Dictionary<string, Style> _styles;
    private readonly Numbering? _numbering;
    private readonly bool _hasTitle;

    public WordStyles(MainDocumentPart main)
    {
        _styles = (main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            .Where(style => style.StyleId?.Value is not null)
            .GroupBy(style => style.StyleId!.Value!)
            .ToDictionary(group => group.Key, group => group.First());
        _numbering = main.NumberingDefinitionsPart?.Numbering;
        // A document with a Title paragraph has its title above Heading 1: headings then start at level 2.
        _hasTitle = main.Document?.Body?.Descendants<ParagraphStyleId>().Any(id => IsTitle(id.Val?.Value)) ?? false;
    }

    /// <summary>1 for the title, 1–9 for headings (2–10 below a Title paragraph); null for body text.</summary>
    public int? HeadingLevel(string? styleId, int? outlineLevel)
    {
        if (IsTitle(styleId))
        {
            return 1;
        }
        var level = outlineLevel is int direct and < 9 ? direct + 1 : StyleHeadingLevel(styleId);
        return level is int heading ? heading + (_hasTitle ? 1 : 0) : null;
    }

    /// <summary>The list numbering a paragraph carries, its own or its style's; null when it is not a list entry.</summary>
    public (int NumId, int Level, bool Ordered)? Numbering(NumberingProperties? own, string? styleId)
    {
        var properties = own ?? Chain(styleId).Select(style => style.StyleParagraphProperties?.NumberingProperties).FirstOrDefault(p => p is not null);
        if (properties?.NumberingId?.Val?.Value is not int numId || numId == 0)
        {
            return null;
        }
        var level = properties.NumberingLevelReference?.Val?.Value ?? 0;
        return (numId, level, IsOrdered(numId, level));
    }

    /// <summary>Whether a paragraph style makes its text bold.</summary>
    public bool IsBold(string? styleId) => Chain(styleId).Select(style => style.StyleRunProperties?.Bold).FirstOrDefault(bold => bold is not null) is { } b && IsOn(b.Val);

    /// <summary>Whether a run is bold: its own setting, else its character style's, else its paragraph's.</summary>
    public bool IsBold(RunProperties? run, bool paragraphBold)
    {
        if (run?.Bold is { } bold)
        {
            return IsOn(bold.Val);
        }
        if (run?.RunStyle?.Val?.Value is { } characterStyle
            && Chain(characterStyle).Select(style => style.StyleRunProperties?.Bold).FirstOrDefault(b => b is not null) is { } styled)
        {
            return IsOn(styled.Val);
        }
        return paragraphBold;
    }

    private static bool IsOn(DocumentFormat.OpenXml.OnOffValue? value) => value is null || value.Value;

    private bool IsTitle(string? styleId) => styleId is not null && _styles.TryGetValue(styleId, out var style)
        && string.Equals(style.StyleName?.Val?.Value, "Title", StringComparison.OrdinalIgnoreCase);

    private int? StyleHeadingLevel(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var name = style.StyleName?.Val?.Value ?? "";
            if (name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase) && int.TryParse(name.AsSpan(8), out var level) && level is >= 1 and <= 9)
            {
                return level;
            }
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int outline and < 9)
            {
                return outline + 1;
            }
        }
        return null;
    }

    // The style and the styles it is based on, nearest first (a cycle or a missing style ends the chain).
    private IEnumerable<Style> Chain(string? styleId)
    {
        var seen = new HashSet<string>();
        while (styleId is not null && seen.Add(styleId) && _styles.TryGetValue(styleId, out var style))
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    private bool IsOrdered(int numId, int level)
    {
        var instance = _numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = _numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        var format = definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val;
        return format is not null && format.Value != NumberFormatValues.Bullet && format.Value != NumberFormatValues.None;
    }
}
