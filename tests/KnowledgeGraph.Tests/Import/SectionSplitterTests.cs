using KnowledgeGraph.Import;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Import;

public sealed class SectionSplitterTests
{
    private readonly SectionSplitter _splitter = new(Importing.Ontology);

    [Fact]
    public void SeveralNumberedItemsOnOneLineBecomeSections()
    {
        var outline = _splitter.Split("报告\n一、趋势 1. 规模增长 模型会变大。\n2. 多模态 会看图。\n二、挑战 1. 成本 很贵。");

        Assert.Equal("报告", outline.Title);
        Assert.Equal(["趋势", "挑战"], outline.Root.Children.Select(section => section.Heading));
        Assert.Equal(["规模增长", "多模态"], outline.Root.Children[0].Children.Select(section => section.Heading));
        Assert.Equal("模型会变大。", Text(outline.Root.Children[0].Children[0], "报告\n一、趋势 1. 规模增长 模型会变大。\n2. 多模态 会看图。\n二、挑战 1. 成本 很贵。"));
        Assert.Empty(outline.Root.Children[0].Body);
        Assert.Equal("2.1", outline.Root.Children[1].Children[0].Path);
    }

    [Fact]
    public void DottedNumbersNestByDepth()
    {
        var outline = _splitter.Split("三、展望\n3.1 技术\n3.1.1 芯片\n内容。\n3.2 应用\n四、结论");

        var three = outline.Root.Children[0];
        Assert.Equal(["技术", "应用"], three.Children.Select(section => section.Heading));
        Assert.Equal("芯片", Assert.Single(three.Children[0].Children).Heading);
        Assert.Equal("结论", outline.Root.Children[1].Heading);
    }

    [Fact]
    public void ANumberInsideASentenceDoesNotSplitIt()
    {
        const string text = "一、背景\n参数从 1. 5 亿增长到 30 亿,版本 2. 0 随后发布。";
        var outline = _splitter.Split(text);

        var section = Assert.Single(outline.Root.Children);
        Assert.Empty(section.Children);
        Assert.Equal("参数从 1. 5 亿增长到 30 亿,版本 2. 0 随后发布。", Text(section, text));
    }

    [Fact]
    public void RunInLinesInARowAreItemsButASingleOneIsText()
    {
        const string text = "三、未来展望 人机协作成为主流 大模型会成为助手。\n绿色计算 成本将逐步降低。\n总之 大模型正处于高速发展阶段。\n\n结语\n大模型将与 RPA 等技术深度融合。";
        var outline = _splitter.Split(text);

        var outlook = outline.Root.Children[0];
        Assert.Equal(["人机协作成为主流", "绿色计算", "总之"], outlook.Children.Select(section => section.Heading));
        Assert.True(outlook.Children.All(section => section.IsRunIn));
    }

    [Fact]
    public void AReferenceListIsOneSectionOfEntries()
    {
        const string text = "一、正文\n内容^[1]。\n\n参考文献\n\n1. 第一篇 [链接](#)\n2. 第二篇";
        var outline = _splitter.Split(text);

        var references = outline.Root.Children[1];
        Assert.True(references.IsReferences);
        Assert.Empty(references.Children);
        Assert.Equal(2, references.Body.Count);
    }

    [Fact]
    public void NumberingDeeperThanTheLimitIsReadAsText()
    {
        var levels = string.Join("\n", Enumerable.Range(1, 40).Select(depth => $"{new string('#', 1 + depth % 6)} 层{depth}"));
        var nested = string.Join("\n", Enumerable.Range(1, 10_000).Select(depth => $"1.{string.Join('.', Enumerable.Repeat(1, depth % 5 + 1))} 第{depth}层"));
        var outline = _splitter.Split("标题\n" + levels + "\n" + nested);

        Assert.InRange(outline.Root.SelfAndDescendants().Max(section => section.Depth), 1, SectionSplitter.MaxDepth);
    }

    private static string Text(Section section, string text) => string.Join("\n", section.Body.Select(span => span.Of(text)));
}
