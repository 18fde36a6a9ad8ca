namespace KnowledgeGraph.Import;

/// <summary>A range of the normalized text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Of(string text) => text[Start..End];

    public ReadOnlySpan<char> SpanOf(string text) => text.AsSpan(Start, Length);
}
