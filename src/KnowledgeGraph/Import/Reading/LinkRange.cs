namespace KnowledgeGraph.Import;

/// <summary>
/// The links of a document that overlap a span. A reader hands links in text order and two links never overlap,
/// so their ends are in order too: the first one that reaches into the span is found by halving, and every
/// sentence costs a few comparisons rather than a walk over all of the document's links.
/// </summary>
internal static class LinkRange
{
    /// <summary>The index of the first link that ends after <paramref name="span"/> starts, and the index after the last that starts before it ends.</summary>
    public static (int From, int To) Overlapping(IReadOnlyList<Link> links, TextSpan span)
    {
        var low = 0;
        var high = links.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (links[middle].Span.End <= span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        var to = low;
        while (to < links.Count && links[to].Span.Start < span.End)
        {
            to++;
        }
        return (low, to);
    }
}
