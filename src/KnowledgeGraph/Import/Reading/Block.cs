namespace KnowledgeGraph.Import;

/// <summary>What a block of a document is, as its format says (a plain-text line says nothing: its numbering decides).</summary>
public enum BlockKind
{
    /// <summary>A plain-text line; the section splitter reads its numbering (一、 / (一) / 1. / 2.1 …).</summary>
    Line,
    Heading,
    Paragraph,
    ListItem,
    TableRow,
}

/// <summary>
/// One block of a document in reading order, with offsets into the document's normalized text: the
/// format-neutral model every reader (plain text, Markdown, HTML, Word, PDF) produces and the
/// outline is built from.
/// </summary>
/// <param name="Kind">What the format says the block is.</param>
/// <param name="Span">The block's text: one line of the normalized text.</param>
/// <param name="Level">A heading's level (1–6), a list item's nesting depth (1 for the outer list); 0 otherwise.</param>
/// <param name="Lead">The bold lead of a paragraph or list item ("**名称**：…", "1. **Title:** text"), without its markup.</param>
/// <param name="Strong">The whole block is bold: a heading in all but name (<c>**一、安全风险**</c>).</param>
public readonly record struct Block(BlockKind Kind, TextSpan Span, int Level = 0, TextSpan? Lead = null, bool Strong = false);

/// <summary>A link's text and where it points, in normalized-text offsets.</summary>
public readonly record struct Link(TextSpan Span, string Url);

/// <summary>A document as a reader hands it to the importer: its normalized text and the blocks it is made of.</summary>
public sealed record ReadDocument(string Text, IReadOnlyList<Block> Blocks, IReadOnlyList<Link> Links)
{
    /// <summary>Where each page starts in <see cref="Text"/> (page 1 first), for formats with pages (PDF); empty otherwise.</summary>
    public IReadOnlyList<int> PageStarts { get; init; } = [];

    /// <summary>The page (1-based) that holds text offset <paramref name="offset"/>; null when the format has no pages.</summary>
    public int? PageOf(int offset)
    {
        if (PageStarts.Count == 0)
        {
            return null;
        }
        var at = PageStarts is List<int> list ? list.BinarySearch(offset) : PageStarts.ToList().BinarySearch(offset);
        return at >= 0 ? LastPageStartingAt(at) + 1 : Math.Max(~at, 1);
    }

    // Pages without text share a start with the next page: the offset is on the last of them.
    private int LastPageStartingAt(int index)
    {
        while (index + 1 < PageStarts.Count && PageStarts[index + 1] == PageStarts[index])
        {
            index++;
        }
        return index;
    }

    /// <summary>
    /// Plain text: one <see cref="BlockKind.Line"/> block per non-empty line, whose numbering the splitter
    /// reads; a bulleted line ("- ", "• ") is a list item, its span after the bullet.
    /// </summary>
    public static ReadDocument FromPlainText(string text)
    {
        var blocks = new List<Block>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start)
                {
                    blocks.Add(i - start > 2 && text[start] is '-' or '*' or '•' or '·' or '▪' && text[start + 1] == ' '
                        ? new Block(BlockKind.ListItem, new TextSpan(start + 2, i), Level: 1)
                        : new Block(BlockKind.Line, new TextSpan(start, i)));
                }
                start = i + 1;
            }
        }
        return new ReadDocument(text, blocks, []);
    }
}
