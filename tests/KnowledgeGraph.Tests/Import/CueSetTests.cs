using KnowledgeGraph.Import;

namespace KnowledgeGraph.Tests.Import;

public sealed class CueSetTests
{
    [Fact]
    public void TheTableLowersLikeTheRuntime()
    {
        var text = "Ünïcode AI Agent ДИСКЛЕЙМЕР 金融 ΑΒΓ";

        Assert.Equal(text.ToLowerInvariant(), Lowercase.Of(text));
    }

    [Theory]
    [InlineData("仅供参考,转载请注明", true)]
    [InlineData("This page is FOR REFERENCE ONLY.", true)]
    [InlineData("ДИСКЛЕЙМЕР: текст", true)]
    [InlineData("大模型降低了成本", false)]
    [InlineData("", false)]
    [InlineData("仅供", false)]
    [InlineData("仅仅供参考", true)]
    [InlineData("see: For Reference Onl", false)]
    [InlineData("...仅供参考", true)]
    public void CuesAreFoundInAnyCase(string text, bool expected)
    {
        var cues = new CueSet(["仅供参考", "for reference only", "дисклеймер"]);

        Assert.Equal(expected, cues.IsIn(text));
    }
}
