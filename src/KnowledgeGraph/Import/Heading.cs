namespace KnowledgeGraph.Import;

/// <summary>A heading as found on a line: its numbering family and number, its title, and any text run in after it.</summary>
internal readonly record struct Heading(string Family, int? Number, TextSpan Title, TextSpan? Body)
{
    public Section ToSection(string text)
    {
        var section = new Section { Family = Family, Heading = Title.Of(text), HeadingSpan = Title, Number = Number };
        if (Body is { } body)
        {
            section.Body.Add(body);
        }
        return section;
    }
}
