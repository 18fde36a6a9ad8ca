namespace KnowledgeGraph.Import;

/// <summary>A heading of the document and the text under it, before it becomes a graph node.</summary>
public sealed class Section
{
    /// <summary>Which numbering the heading used (<c>cn-top</c> for 一、, <c>dotted2</c> for 2.1, <c>md2</c> for ##, …).</summary>
    public required string Family { get; init; }
    public required string Heading { get; init; }
    public TextSpan HeadingSpan { get; init; }
    public int? Number { get; init; }
    public bool IsReferences { get; init; }
    /// <summary>An unnumbered "short title, then a sentence" line, or a block with a bold lead; it owns only its own block.</summary>
    public bool IsRunIn { get; init; }
    public Section? Parent { get; set; }
    public List<Section> Children { get; } = [];
    public List<TextSpan> Body { get; } = [];
    /// <summary>
    /// The body's list entries at the outermost list level, in order: a subset of <see cref="Body"/> (a list
    /// under a cued heading is a list of items; an entry nested in another is a detail of it).
    /// </summary>
    public List<TextSpan> ListItems { get; } = [];
    /// <summary>The entries nested under each of <see cref="ListItems"/> (its details), by the entry's start.</summary>
    /// <remarks>Made on the first nested entry: most sections have none.</remarks>
    public Dictionary<int, List<TextSpan>>? ListDetails { get; set; }

    /// <summary>A list entry with the entries nested under it: its whole text.</summary>
    public IReadOnlyList<TextSpan> EntryWithDetails(TextSpan entry) =>
        ListDetails is not null && ListDetails.TryGetValue(entry.Start, out var details) ? [entry, .. details] : [entry];

    /// <summary>The nesting depth of <see cref="ListItems"/> (1 for a top-level list), 0 while there are none.</summary>
    public int ListLevel { get; set; }
    public string Path { get; set; } = "";
    /// <summary>Position in the outline, in reading order (the root is 0): stages keep per-section data in arrays.</summary>
    public int Index { get; set; }
    /// <summary>The <see cref="Index"/> of the section's last descendant (its own when it has none): its subtree is Index..LastIndex.</summary>
    public int LastIndex { get; set; }
    public int Depth => Parent is null ? 0 : Parent.Depth + 1;

    public IEnumerable<Section> SelfAndDescendants()
    {
        var stack = new Stack<Section>([this]);
        while (stack.TryPop(out var section))
        {
            yield return section;
            for (var i = section.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(section.Children[i]);
            }
        }
    }
}

/// <summary>
/// The section tree of one document; <see cref="Root"/> holds the text before the first heading and
/// <see cref="SectionCount"/> counts every section, the root included.
/// </summary>
public sealed record Outline(string? Title, TextSpan? TitleSpan, Section Root, int SectionCount)
{
    /// <summary>Every section in reading order (by <see cref="Section.Index"/>), the root first.</summary>
    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>The section and its descendants, in reading order.</summary>
    public IEnumerable<Section> Subtree(Section section)
    {
        for (var i = section.Index; i <= section.LastIndex; i++)
        {
            yield return Sections[i];
        }
    }
}
