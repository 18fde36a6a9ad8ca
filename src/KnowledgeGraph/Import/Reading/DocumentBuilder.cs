namespace KnowledgeGraph.Import;

/// <summary>
/// Turns the blocks a reader collected into a <see cref="ReadDocument"/>: each block normalized as a line
/// of plain text would be, boilerplate and repeated passages dropped by the normalizer's rules, one block per
/// line of the text, leads, links and pages mapped into its offsets. Every format's reader ends here.
/// </summary>
public sealed class DocumentBuilder(TextNormalizer normalizer)
{
    private readonly List<PendingBlock> _blocks = [];

    public int Count => _blocks.Count;

    public PendingBlock Add(BlockKind kind, int level = 0, int page = 0, int capacity = 16)
    {
        var block = new PendingBlock(kind, level, page, capacity);
        _blocks.Add(block);
        return block;
    }

    public ReadDocument Build()
    {
        var texts = new string[_blocks.Count];
        var marks = new List<int[]>(_blocks.Count);
        for (var b = 0; b < _blocks.Count; b++)
        {
            var block = _blocks[b];
            var mapped = new int[block.Marks.Count];
            texts[b] = TextNormalizer.NormalizeBlock(block.Text.ToString(), block.Marks, mapped);
            marks.Add(mapped);
        }
        var (kept, _, _) = normalizer.Filter(texts);

        // Where each kept block starts in the text, one line each; the text is then made in one piece.
        var starts = new int[_blocks.Count];
        var length = 0;
        for (var b = 0; b < _blocks.Count; b++)
        {
            kept[b] &= texts[b].Length > 0;
            if (kept[b])
            {
                starts[b] = length == 0 ? 0 : length + 1;
                length = starts[b] + texts[b].Length;
            }
        }
        var text = string.Create(length, (texts, kept, starts), static (output, state) =>
        {
            output.Fill('\n');
            for (var b = 0; b < state.texts.Length; b++)
            {
                if (state.kept[b])
                {
                    state.texts[b].CopyTo(output[state.starts[b]..]);
                }
            }
        });
        var blocks = new List<Block>(_blocks.Count);
        var links = new List<Link>();
        var pages = new List<int>();
        for (var b = 0; b < _blocks.Count; b++)
        {
            if (!kept[b])
            {
                continue;
            }
            var start = starts[b];
            var end = start + texts[b].Length;
            var block = _blocks[b];
            var at = marks[b];
            TextSpan? lead = block.HasLead && at[block.LeadEnd] > at[block.LeadStart]
                ? new TextSpan(start + at[block.LeadStart], start + TrimEnd(texts[b], at[block.LeadStart], at[block.LeadEnd]))
                : null;
            blocks.Add(new Block(block.Kind, new TextSpan(start, end), block.Level, lead, block.Strong));
            var firstOfBlock = links.Count;
            foreach (var (from, to, url) in block.Links)
            {
                if (at[to] > at[from])
                {
                    links.Add(new Link(new TextSpan(start + at[from], start + at[to]), url));
                }
            }
            KeepInTextOrder(links, firstOfBlock);
            while (block.Page > pages.Count)
            {
                // Page n starts where its first block does (a page without text starts where the next one does).
                pages.Add(start);
            }
        }
        return new ReadDocument(text, blocks, links) { PageStarts = pages };
    }

    /// <summary>
    /// A reader adds a link when its text ends, so a link inside another's text (an autolink in a link's words) comes
    /// first. Links are handed on in text order and never overlapping (<see cref="LinkRange"/> relies on it): the
    /// block's links are put in order of their start, and one that starts inside the link before it is dropped.
    /// </summary>
    private static void KeepInTextOrder(List<Link> links, int firstOfBlock)
    {
        if (links.Count - firstOfBlock < 2)
        {
            return;
        }
        links.Sort(firstOfBlock, links.Count - firstOfBlock, LinkStartOrder.Instance);
        var kept = firstOfBlock + 1;
        for (var i = firstOfBlock + 1; i < links.Count; i++)
        {
            if (links[i].Span.Start >= links[kept - 1].Span.End)
            {
                links[kept++] = links[i];
            }
        }
        links.RemoveRange(kept, links.Count - kept);
    }

    private sealed class LinkStartOrder : IComparer<Link>
    {
        public static readonly LinkStartOrder Instance = new();

        // The outer of two links that start together is the longer one.
        public int Compare(Link x, Link y) => x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : y.Span.End.CompareTo(x.Span.End);
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }
        return end;
    }
}
