using FsCheck;
using FsCheck.Xunit;
using KnowledgeGraph.Import;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Import;

public sealed class TextNormalizerTests
{
    private readonly TextNormalizer _normalizer = new(Importing.Ontology);

    [Fact]
    public void FullWidthFormsAndWhiteSpaceAreNormalized()
    {
        var result = _normalizer.Normalize("标题\r\n\r\n\r\n正文，含（括号）\u3000与\t\t空白\u200b。\n");

        Assert.Equal("标题\n\n正文,含(括号) 与 空白。", result.Text);
    }

    [Fact]
    public void NavigationRelatedListsDisclaimersAndCallsToActionAreDropped()
    {
        var result = _normalizer.Normalize("""
            首页>行业百科>报告
            报告正文第一行。
            2025-08-22 15:06:50
            本文内容仅供参考,如有问题请联系contact@example.com。
            上一篇文章
            另一篇文章的标题
            下一篇: 第三篇文章
            相关新闻
            某条新闻
            2025-08-26 17:28:05
            """);

        Assert.Equal("报告正文第一行。", result.Text);
        Assert.Equal(9, result.BoilerplateLinesDropped);
    }

    [Fact]
    public void APassageRepeatedVerbatimIsKeptOnce()
    {
        var body = "第一段。\n第二段。\n第三段。\n第四段。";
        var result = _normalizer.Normalize($"标题\n{body}\n{body}\n结尾。");

        Assert.Equal($"标题\n{body}\n结尾。", result.Text);
        Assert.Equal(4, result.RepeatedLinesDropped);
    }

    [Fact]
    public void ShortLinesThatRecurAreNotMistakenForACopiedPassage()
    {
        var result = _normalizer.Normalize("1. 总结\n内容一。\n2. 总结\n内容二。\n小结\n小结");

        Assert.Equal("1. 总结\n内容一。\n2. 总结\n内容二。\n小结\n小结", result.Text);
    }

    /// <summary>Characters a block may hold: plain and full-width, white space of several kinds, controls, format marks.</summary>
    private const string BlockAlphabet = "ab 中文，。（）Ａ１\t\u3000\u00a0\u200b\u0007\ufb01:;-";

    [Property(MaxTest = 300)]
    public void ABlockIsNormalizedAsALineOfPlainTextIs(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var raw = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => BlockAlphabet[random.Next(BlockAlphabet.Length)])]);
        var marks = Enumerable.Range(0, raw.Length + 1).Where(_ => random.Next(3) == 0).ToList();
        var mapped = new int[marks.Count];

        var block = TextNormalizer.NormalizeBlock(raw, marks, mapped);

        Assert.Equal(_normalizer.Normalize(raw).Text, block);
        Assert.True(mapped.SequenceEqual(mapped.Order()) && mapped.All(at => at >= 0 && at <= block.Length));
    }

    [Fact]
    public void ABlockAlreadyNormalKeepsItsOffsets()
    {
        int[] marks = [0, 2, 3, 7];
        var mapped = new int[marks.Length];

        var block = TextNormalizer.NormalizeBlock("数据 安全, ok", marks, mapped);

        Assert.Equal("数据 安全, ok", block);
        Assert.Equal(marks, mapped);
    }
}
