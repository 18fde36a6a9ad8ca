using KnowledgeGraph.Graph;
using KnowledgeGraph.Import;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Import;

public sealed class MatcherTests
{
    private readonly EntityMatcher _entities = new(Importing.Ontology);
    private readonly ThemeMatcher _themes = new(Importing.Ontology);

    [Fact]
    public void TheLongestAliasWinsAndLatinNamesNeedWordBoundaries()
    {
        const string text = "金融行业与医疗健康都用 AI Agent,但 Agentic 与 agent_原理 不算。";
        var matches = new List<(Entity Entity, TextSpan Match)>();
        _entities.Find(text, new TextSpan(0, text.Length), matches);
        var found = matches.Select(match => (match.Entity.Key, match.Match.Of(text))).ToList();

        Assert.Equal([("finance", "金融行业"), ("healthcare", "医疗健康"), ("ai-agent", "AI Agent")], found);
    }

    [Fact]
    public void AChatbotIsATechnologyNotTheRoboticsIndustry()
    {
        const string text = "客服用聊天机器人答疑,工厂用机器人装配。";
        var matches = new List<(Entity Entity, TextSpan Match)>();
        _entities.Find(text, new TextSpan(0, text.Length), matches);

        Assert.Equal([("customer-service", NodeKind.Industry), ("chatbot", NodeKind.Technology), ("manufacturing", NodeKind.Industry), ("robotics", NodeKind.Industry)], matches.Select(match => (match.Entity.Key, match.Entity.Kind)));
    }

    [Theory]
    [InlineData("可解释性差", "explainability")]
    [InlineData("模型的可解释性差也是一个不容忽视的问题", "explainability")]
    [InlineData("大型语言模型对计算资源的需求也极为庞大", "compute-cost")]
    [InlineData("Rising compute costs", "compute-cost")]
    [InlineData("数据隐私与合规风险", "data-privacy")]
    public void ChallengeNamesWrittenDifferentlyJoinOneTheme(string name, string theme) =>
        Assert.Equal(theme, _themes.Match(NodeKind.Challenge, name)?.Key);

    [Fact]
    public void ANameWithNoThemeTermStaysItsOwn() => Assert.Null(_themes.Match(NodeKind.Challenge, "人才短缺"));

    [Fact]
    public void SimilarityIsCharacterBigramDice()
    {
        Assert.Equal(1.0, ThemeMatcher.Similarity("可解释性", "可解释性"));
        Assert.Equal(0.0, ThemeMatcher.Similarity("成本", "隐私"));
    }

    [Fact]
    public void SlugsKeepLettersOfAnyScript()
    {
        Assert.Equal("agent_原理", NodeId.Slug("agent_原理"));
        Assert.Equal("行业定制化与微调-fine-tuning", NodeId.Slug("行业定制化与微调(Fine-tuning)"));
        Assert.Equal("state-of-llms", NodeId.Slug("State of LLMs!"));
    }
}
