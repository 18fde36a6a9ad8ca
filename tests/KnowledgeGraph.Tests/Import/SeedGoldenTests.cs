using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Import;

/// <summary>What the two seed reports must give, as the importer issue lists it.</summary>
public sealed class SeedGoldenTests
{
    private static readonly string[] SeedChallenges =
        ["challenge:compute-cost", "challenge:data-privacy", "challenge:explainability", "challenge:ethics-bias", "challenge:industry-adoption"];

    private readonly DocumentGraph _seed000 = Importing.ImportSeed(TestPaths.Seed000);
    private readonly DocumentGraph _seed001 = Importing.ImportSeed(TestPaths.Seed001);

    [Fact]
    public void Seed000YieldsTheFiveChallengesOfItsChallengesSection()
    {
        var challenges = _seed000.OfKind(NodeKind.Challenge).ToDictionary(node => node.Id, node => node.Name);

        Assert.Equal(SeedChallenges.Order(), challenges.Keys.Order());
        Assert.Equal("算力与成本压力", challenges["challenge:compute-cost"]);
        Assert.Equal("可解释性不足", challenges["challenge:explainability"]);
        Assert.Equal("伦理与偏见问题", challenges["challenge:ethics-bias"]);
    }

    [Fact]
    public void Seed001ChallengesMergeWithSeed000ThemesOfTheSameName()
    {
        var challenges = _seed001.OfKind(NodeKind.Challenge).Select(node => node.Id).Order();

        Assert.Equal(["challenge:compute-cost", "challenge:data-privacy", "challenge:explainability"], challenges);
        Assert.Contains("可解释性差", _seed001.Nodes.Single(node => node.Id == "challenge:explainability").Aliases);
    }

    [Fact]
    public async Task MergedChallengesCarryEvidenceFromBothReports()
    {
        using var store = await Importing.SeedStoreAsync();

        foreach (var challenge in new[] { "challenge:explainability", "challenge:compute-cost", "challenge:data-privacy" })
        {
            var mentions = await store.GetRelationsAsync([challenge], RelationType.MentionedIn, Direction.Out, CancellationToken.None);
            var documents = mentions.SelectMany(relation => relation.Evidence).Select(evidence => evidence.DocumentId).Distinct().Order();
            Assert.Equal(["document:000_fe5daf6d9d2304cf", "document:001_ad7a1ca04cc7cccf"], documents);
        }
        var stats = await store.StatsAsync(CancellationToken.None);
        Assert.Equal(5, stats.ByKind[NodeKind.Challenge]);
    }

    [Fact]
    public void TrendsComeFromBothTrendSectionsOfSeed000AndSection31OfSeed001()
    {
        var seed000 = _seed000.OfKind(NodeKind.Trend).Select(node => node.Name).ToList();
        var seed001 = _seed001.OfKind(NodeKind.Trend).Select(node => node.Id).Order().ToList();

        Assert.Equal(9, seed000.Count);
        Assert.Contains("多模态融合发展", seed000);
        Assert.Contains("通用智能向专业智能演进", seed000);
        Assert.Contains("绿色计算与低成本训练", seed000);
        Assert.Equal(["trend:model-scale", "trend:multimodal", "trend:privacy-protection"], seed001);
    }

    [Fact]
    public void IndustriesHaveStableEnglishKeys()
    {
        var industries = _seed000.OfKind(NodeKind.Industry).Select(node => node.Id).ToList();

        Assert.Contains("industry:finance", industries);
        Assert.Contains("industry:healthcare", industries);
        Assert.Contains("industry:education", industries);
        Assert.Contains("industry:manufacturing", industries);
    }

    [Fact]
    public void ExplainabilityAffectsFinanceAndHealthcareWithItsSentence()
    {
        var affects = _seed000.Relations.Where(relation => relation.Type == RelationType.Affects && relation.From == "challenge:explainability").ToList();

        Assert.Equal(["industry:finance", "industry:healthcare"], affects.Select(relation => relation.To).Order());
        Assert.All(affects, relation => Assert.Contains("尤其在医疗、金融等高风险行业", relation.Evidence.Single().Sentence));
        Assert.DoesNotContain(_seed000.Relations, relation => relation.Type == RelationType.Affects && relation.From == "challenge:ethics-bias");
    }

    [Fact]
    public void TheThreeMitigationsAreFound()
    {
        Assert.True(_seed000.Has(RelationType.Mitigates, "trend:controllable-safety", "challenge:ethics-bias"));
        Assert.True(_seed000.Has(RelationType.Mitigates, "trend:green-computing", "challenge:compute-cost"));
        Assert.True(_seed001.Has(RelationType.Mitigates, "trend:privacy-protection", "challenge:data-privacy"));
        var bias = _seed000.Relations.Single(relation => relation.Type == RelationType.Mitigates && relation.From == "trend:controllable-safety");
        Assert.Contains("减少", bias.Evidence[0].Sentence);
    }

    [Fact]
    public void EachReferenceIsCitedBySectionsOfSeed001()
    {
        foreach (var key in new[] { "agent_原理", "agent到底是什么", "agent_挑战" })
        {
            var id = NodeId.For(NodeKind.Reference, key);
            Assert.Contains(_seed001.Nodes, node => node.Id == id);
            Assert.Contains(_seed001.Relations, relation => relation.Type == RelationType.Cites && relation.To == id && relation.From.StartsWith("section:001_", StringComparison.Ordinal));
        }
        var first = _seed001.Nodes.Single(node => node.Id == "reference:agent_原理");
        Assert.Equal((1, "agent_原理", (string?)null), (first.Index!.Value, first.Title!, first.Url));
    }

    [Fact]
    public void BoilerplateMakesNoNode()
    {
        var names = _seed000.Nodes.Select(node => node.Name + " " + node.Text).ToList();

        Assert.DoesNotContain(names, name => name.Contains("RPA数字员工简介") || name.Contains("相关新闻") || name.Contains("立即咨询")
            || name.Contains("仅供参考") || name.Contains("行业百科"));
        Assert.Equal("大模型未来发展趋势和挑战", _seed000.Document.Title);
    }

    [Fact]
    public void Seed000RepeatedHalfAddsNoEvidence()
    {
        var normalizedLength = Importing.Importer.Import("x.txt", File.ReadAllText(TestPaths.Seed000)).Relations
            .SelectMany(relation => relation.Evidence).Max(evidence => evidence.End);
        var raw = File.ReadAllText(TestPaths.Seed000);

        Assert.True(normalizedLength < raw.Length / 2 + 200, "evidence reaches into the repeated half");
        Assert.All(_seed000.Relations, relation =>
            Assert.Equal(relation.Evidence.Count, relation.Evidence.Select(evidence => evidence.Sentence).Distinct().Count()));
        Assert.Equal(3, _seed000.OfKind(NodeKind.Section).Count(section => section.ParentId is null && section.Path != "0"));
    }

    [Fact]
    public void EveryRelationHasEvidenceThatPointsAtItsSentence()
    {
        foreach (var (graph, path) in new[] { (_seed000, TestPaths.Seed000), (_seed001, TestPaths.Seed001) })
        {
            var text = new KnowledgeGraph.Import.TextNormalizer(Importing.Ontology).Normalize(File.ReadAllText(path)).Text;
            Assert.All(graph.Relations, relation =>
            {
                Assert.NotEmpty(relation.Evidence);
                Assert.All(relation.Evidence, evidence => Assert.Equal(evidence.Sentence, text[evidence.Start..evidence.End]));
                Assert.InRange(relation.Confidence, 0.0, 1.0);
            });
        }
    }

    [Fact]
    public void ReimportingGivesTheSameGraph()
    {
        var again = Importing.ImportSeed(TestPaths.Seed000);

        Assert.Equal(_seed000.Nodes, again.Nodes, new NodeComparer());
        Assert.Equal(_seed000.Relations.Select(relation => (relation.Key, relation.Evidence.Count)), again.Relations.Select(relation => (relation.Key, relation.Evidence.Count)));
    }

    private sealed class NodeComparer : IEqualityComparer<GraphNode>
    {
        public bool Equals(GraphNode? x, GraphNode? y) => x is not null && y is not null
            && (x with { Aliases = [] }) == (y with { Aliases = [] }) && x.Aliases.SequenceEqual(y.Aliases);

        public int GetHashCode(GraphNode obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
