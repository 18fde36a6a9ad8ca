using FsCheck.Xunit;
using KnowledgeGraph.Import;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Import.Reading;

/// <summary>A document's links come in text order without overlaps, and the ones a span overlaps are found by halving.</summary>
public sealed class LinkRangeTests
{
    [Fact]
    public void ALinkInsideAnothersTextIsDroppedAndTheRestAreInTextOrder()
    {
        var builder = new DocumentBuilder(new TextNormalizer(Importing.Ontology));
        var block = builder.Add(BlockKind.Paragraph);
        var outerFrom = block.Mark();
        block.Text.Append("see ");
        var innerFrom = block.Mark();
        block.Text.Append("the paper");
        block.AddLink(innerFrom, block.Mark(), "https://example.org/inner");
        block.AddLink(outerFrom, block.Mark(), "https://example.org/outer");
        block.Text.Append(" and ");
        var lastFrom = block.Mark();
        block.Text.Append("the code");
        block.AddLink(lastFrom, block.Mark(), "https://example.org/code");

        var read = builder.Build();

        Assert.Equal([("see the paper", "https://example.org/outer"), ("the code", "https://example.org/code")],
            read.Links.Select(link => (link.Span.Of(read.Text), link.Url)));
    }

    [Property(MaxTest = 300)]
    public void TheLinksFoundAreTheOnesThatOverlapTheSpan(byte[] gaps, byte start, byte length)
    {
        // Links in text order, never overlapping: each one some characters after the one before.
        var links = new List<Link>();
        var at = 0;
        foreach (var gap in gaps)
        {
            var from = at + gap % 7;
            var to = from + 1 + gap % 5;
            links.Add(new Link(new TextSpan(from, to), "https://example.org"));
            at = to;
        }
        var span = new TextSpan(start, start + length % 40);

        var (first, end) = LinkRange.Overlapping(links, span);

        var expected = Enumerable.Range(0, links.Count).Where(i => links[i].Span.Start < span.End && links[i].Span.End > span.Start).ToList();
        Assert.Equal(expected, Enumerable.Range(first, end - first));
    }
}
