using System.Text;

namespace KnowledgeGraph.Import;

/// <summary>
/// A block as a reader collects it, before normalization: its raw words, and raw offsets ("marks") of its
/// bold lead and links, which <see cref="DocumentBuilder"/> maps into the normalized text.
/// </summary>
/// <param name="kind">What the block is: heading, paragraph, list item, table row.</param>
/// <param name="level">A heading's level or a list item's depth.</param>
/// <param name="page">The page it starts on (1-based) where the format has pages; 0 otherwise.</param>
/// <param name="capacity">How long its text may get, where the reader knows (the block's source length): one buffer, never regrown.</param>
public sealed class PendingBlock(BlockKind kind, int level, int page, int capacity = 16)
{
    public BlockKind Kind { get; } = kind;
    public int Level { get; } = level;

    /// <summary>The page the block starts on (1-based), where the format has pages (PDF); 0 otherwise.</summary>
    public int Page { get; } = page;

    public StringBuilder Text { get; } = new(capacity);
    public List<int> Marks { get; } = [];
    public int LeadStart { get; private set; } = -1;
    public int LeadEnd { get; private set; } = -1;
    public bool Strong { get; set; }
    public List<(int From, int To, string Url)> Links { get; } = [];

    public bool HasLead => LeadEnd >= 0;

    /// <summary>Records the current end of the text as a mark; returns the mark's index.</summary>
    public int Mark()
    {
        Marks.Add(Text.Length);
        return Marks.Count - 1;
    }

    public void BeginLead() => LeadStart = Mark();

    public void EndLead() => LeadEnd = Mark();

    public void DropLead() => LeadStart = LeadEnd = -1;

    /// <summary>Bold from the first word to the last: the block is a title, not a lead and its text.</summary>
    public void PromoteWholeBoldLead()
    {
        if (LeadEnd >= 0 && IsWhiteSpaceFrom(Marks[LeadEnd]))
        {
            Strong = true;
            DropLead();
        }
    }

    public void AddLink(int fromMark, int toMark, string url) => Links.Add((fromMark, toMark, url));

    private bool IsWhiteSpaceFrom(int from)
    {
        for (var i = from; i < Text.Length; i++)
        {
            if (!char.IsWhiteSpace(Text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
