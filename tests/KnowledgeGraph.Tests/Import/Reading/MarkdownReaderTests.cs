using KnowledgeGraph.Import;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Import.Reading;

/// <summary>Markdown becomes blocks with offsets into the normalized text, and no markup reaches that text.</summary>
public sealed class MarkdownReaderTests
{
    private static readonly MarkdownReader Reader = new(new TextNormalizer(Importing.Ontology));

    [Fact]
    public void HeadingsListsAndTablesBecomeBlocksOfTheirKind()
    {
        var read = Reader.Read("""
            # 报告

            ## 挑战

            1. 第一项
            2. 第二项
               - 嵌套

            | 行业 | 影响 |
            |---|---|
            | 金融 | 高 |
            """);

        Assert.Equal(
            [(BlockKind.Heading, 1, "报告"), (BlockKind.Heading, 2, "挑战"), (BlockKind.ListItem, 1, "1. 第一项"), (BlockKind.ListItem, 1, "2. 第二项"),
             (BlockKind.ListItem, 2, "嵌套"), (BlockKind.TableRow, 0, "行业 | 影响"), (BlockKind.TableRow, 0, "金融 | 高")],
            read.Blocks.Select(block => (block.Kind, block.Level, block.Span.Of(read.Text))));
    }

    [Fact]
    public void EmphasisLinksImagesAndFrontMatterLeaveOnlyWords()
    {
        var read = Reader.Read("""
            ---
            title: 元数据
            ---

            这是**重点**和[链接文字](https://example.com/a)与`代码`,![图片](x.png)还有 ~~删除~~ 。
            """);

        Assert.Equal("这是重点和链接文字与代码,还有 删除 。", read.Text);
        var link = Assert.Single(read.Links);
        Assert.Equal(("链接文字", "https://example.com/a"), (link.Span.Of(read.Text), link.Url));
    }

    [Fact]
    public void ABoldParagraphIsStrongAndABoldLeadIsMarked()
    {
        var read = Reader.Read("""
            **一、安全风险**

            **一是安全评测。**针对算法风险建立评测机制。

            * **Data poisoning:** attackers inject bad samples.
            """);

        Assert.True(read.Blocks[0].Strong);
        Assert.Equal("一是安全评测。", read.Blocks[1].Lead!.Value.Of(read.Text));
        Assert.Equal("Data poisoning:", read.Blocks[2].Lead!.Value.Of(read.Text));
    }

    [Fact]
    public void BoldLeadsWrittenInOneParagraphAreSplitIntoBlocks()
    {
        var read = Reader.Read("**一是自适应攻击。**攻击会更隐蔽。**二是深度伪造。**信任受损。");

        Assert.Equal(["一是自适应攻击。", "二是深度伪造。"], read.Blocks.Select(block => block.Lead!.Value.Of(read.Text)));
    }

    [Fact]
    public void FullWidthFormsAreNormalizedAndOffsetsStillPoint()
    {
        var read = Reader.Read("**（一）数据风险**：敏感数据　可能泄露。");

        var block = Assert.Single(read.Blocks);
        Assert.Equal("(一)数据风险:敏感数据 可能泄露。", block.Span.Of(read.Text));
        Assert.Equal("(一)数据风险", block.Lead!.Value.Of(read.Text));
    }
}
