namespace KnowledgeGraph.Import;

/// <summary>A range of the normalized text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Of(string text) => text[Start..End];

    public ReadOnlySpan<char> SpanOf(string text) => text.AsSpan(Start, Length);

    /// <summary>The spans' text, one line each, in one string (no string per span on the way).</summary>
    public static string Lines(string text, IReadOnlyList<TextSpan> spans)
    {
        var length = spans.Count - 1;
        foreach (var span in spans)
        {
            length += span.Length;
        }
        return string.Create(Math.Max(length, 0), (text, spans), static (output, state) =>
        {
            var (text, spans) = state;
            for (var i = 0; i < spans.Count; i++)
            {
                if (i > 0)
                {
                    output[0] = '\n';
                    output = output[1..];
                }
                spans[i].SpanOf(text).CopyTo(output);
                output = output[spans[i].Length..];
            }
        });
    }
}
