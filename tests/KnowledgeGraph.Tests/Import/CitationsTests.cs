using KnowledgeGraph.Import;

namespace KnowledgeGraph.Tests.Import;

public sealed class CitationsTests
{
    [Theory]
    [InlineData("发展。^[1]它", "1", "^[1]")]
    [InlineData("见 [1,3] 与", "1 3", "[1,3]")]
    [InlineData("见 [2-4]。", "2 3 4", "[2-4]")]
    [InlineData("脚注[^7]", "7", "[^7]")]
    [InlineData("[1, 2 - 3]", "1 2 3", "[1, 2 - 3]")]
    [InlineData("[1-99999]", "", "")]
    [InlineData("agent_原理 [链接](#) 与 [12345]", "", "")]
    [InlineData("未闭合 [3", "", "")]
    public void MarkersAreReadWithTheirNumbers(string text, string numbers, string marker)
    {
        var found = Citations.In(text, new TextSpan(0, text.Length));

        Assert.Equal(numbers, string.Join(" ", found.Select(citation => citation.Number)));
        Assert.Equal(marker, found.Select(citation => citation.Marker.Of(text)).Distinct().SingleOrDefault() ?? "");
    }

    [Fact]
    public void ARangeIsCapped() =>
        Assert.Equal(51, Citations.In("[1-9999]", new TextSpan(0, 8)).Count);

    [Fact]
    public void StripRemovesMarkersOnly() =>
        Assert.Equal("大模型。它像 [链接](#)", Citations.Strip("大模型。^[1]它像 [链接](#)[2,3]"));
}
