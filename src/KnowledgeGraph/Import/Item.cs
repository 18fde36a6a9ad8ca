using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import;

/// <summary>
/// A trend or challenge as the document writes it: a heading under a trends or challenges heading, or
/// one step of a prose enumeration (首先 … 其次 … 最后) in such a section. <see cref="Spans"/> is its text.
/// </summary>
/// <see cref="DescriptionStart"/> is where its own words begin, after the heading or the marker.
public sealed record Item(NodeKind Kind, string Name, Section Section, IReadOnlyList<TextSpan> Spans, int DescriptionStart)
{
    /// <summary>The item is its whole section (a heading and its details), not one step or list entry of it.</summary>
    public bool Whole { get; init; }

    /// <summary>The trend whose text states this challenge as the problem it answers; it MITIGATES the challenge.</summary>
    public Item? AnsweredBy { get; init; }

    /// <summary>Where its text states it, when that is not its first sentence: that sentence mentions it too.</summary>
    public int? StatedAt { get; init; }
}
