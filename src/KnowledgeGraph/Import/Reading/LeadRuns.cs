namespace KnowledgeGraph.Import;

/// <summary>
/// "**一是X。**… **二是Y。**…" in one paragraph is a list written inline: a paragraph that opens with a bold
/// lead is split before every bold lead that starts a sentence, one block each. Every reader applies it to
/// its own inline nodes (Markdig inlines, HTML nodes, Word runs), so a report splits alike in each format.
/// </summary>
public static class LeadRuns
{
    /// <param name="nodes">A paragraph's inline nodes, in order.</param>
    /// <param name="isBold">Whether a node is a bold run.</param>
    /// <param name="textOf">A node's own text, as a span: most paragraphs are read only to their first word, no string made.</param>
    public static IEnumerable<IReadOnlyList<T>> Split<T>(IReadOnlyList<T> nodes, Func<T, bool> isBold, Func<T, ReadOnlySpan<char>> textOf)
    {
        var first = nodes.FirstOrDefault(node => isBold(node) || !textOf(node).IsWhiteSpace());
        if (first is null || !isBold(first))
        {
            yield return nodes;
            yield break;
        }
        var run = new List<T>();
        var lastChar = '\0';
        foreach (var node in nodes)
        {
            if (run.Count > 0 && isBold(node) && lastChar is '。' or '.' or '!' or '?' or '！' or '？' or ';' or '；')
            {
                yield return run;
                run = [];
                lastChar = '\0';
            }
            run.Add(node);
            var text = textOf(node).TrimEnd();
            if (text.Length > 0)
            {
                lastChar = text[^1];
            }
        }
        yield return run;
    }
}
