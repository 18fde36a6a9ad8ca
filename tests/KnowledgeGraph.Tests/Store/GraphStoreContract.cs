using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Store;

/// <summary>
/// What every <see cref="IGraphStore"/> promises. Each implementation's test class derives from this and
/// says how to make an empty store; the same assertions then run against each.
/// </summary>
public abstract class GraphStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    private const string ReportA = """
        一、挑战
        1. 可解释性不足 模型难以解释,尤其在医疗、金融等行业。
        2. 人才短缺 制造业缺少工程师。
        二、趋势
        1. 绿色计算 成本将逐步降低。
        """;

    private const string ReportB = """
        ## 主要问题
        ### 可解释性差
        教育领域的老师无法理解模型的判断。
        ### 伦理与偏见问题
        模型可能带有偏见。
        """;

    protected abstract Task<IGraphStore> CreateStoreAsync();

    private async Task<IGraphStore> SeedStoreAsync()
    {
        var store = await CreateStoreAsync();
        await store.UpsertDocumentAsync(Importing.ImportSeed(TestPaths.Seed000), None);
        await store.UpsertDocumentAsync(Importing.ImportSeed(TestPaths.Seed001), None);
        return store;
    }

    [StoreFact]
    public async Task ADocumentsNodesAndRelationsCanBeReadBack()
    {
        var store = await CreateStoreAsync();
        await store.UpsertDocumentAsync(Importing.Import(ReportA, "a.txt"), None);

        var nodes = await store.GetNodesAsync(["challenge:explainability", "missing:node", "industry:finance"], None);
        var affects = await store.GetRelationsAsync(["challenge:explainability"], RelationType.Affects, Direction.Out, None);

        Assert.Equal(["challenge:explainability", "industry:finance"], nodes.Select(node => node.Id));
        Assert.Equal(["industry:finance", "industry:healthcare"], affects.Select(relation => relation.To).Order());
        Assert.Equal("模型难以解释,尤其在医疗、金融等行业。", affects[0].Evidence.Single().Sentence);
    }

    [StoreFact]
    public async Task AConceptNamedByTwoDocumentsIsOneNodeWithEvidenceFromEach()
    {
        var store = await CreateStoreAsync();
        await store.UpsertDocumentAsync(Importing.Import(ReportA, "a.txt"), None);
        await store.UpsertDocumentAsync(Importing.Import(ReportB, "b.md"), None);

        var node = Assert.Single(await store.GetNodesAsync(["challenge:explainability"], None));
        var mentions = await store.GetRelationsAsync([node.Id], RelationType.MentionedIn, Direction.Out, None);

        Assert.Equal("可解释性不足", node.Name);
        Assert.Contains("可解释性差", node.Aliases);
        Assert.Equal(["document:a", "document:b"], mentions.SelectMany(relation => relation.Evidence).Select(evidence => evidence.DocumentId).Distinct().Order());
    }

    [StoreFact]
    public async Task ReplacingADocumentChangesOnlyItsOwnContribution()
    {
        var store = await CreateStoreAsync();
        await store.UpsertDocumentAsync(Importing.Import(ReportA, "a.txt"), None);
        await store.UpsertDocumentAsync(Importing.Import(ReportB, "b.md"), None);

        await store.UpsertDocumentAsync(Importing.Import("一、挑战\n1. 伦理与偏见问题 模型有偏见。", "a.txt"), None);

        Assert.Empty(await store.GetNodesAsync(["challenge:人才短缺", "trend:green-computing", "industry:finance"], None));
        Assert.Single(await store.GetNodesAsync(["challenge:explainability"], None));
        var evidence = (await store.GetRelationsAsync(["challenge:explainability"], null, Direction.Both, None)).SelectMany(relation => relation.Evidence);
        Assert.All(evidence, item => Assert.Equal("document:b", item.DocumentId));
        var bias = await store.GetRelationsAsync(["challenge:ethics-bias"], RelationType.MentionedIn, Direction.Out, None);
        Assert.Equal(["document:a", "document:b"], bias.SelectMany(relation => relation.Evidence).Select(item => item.DocumentId).Distinct().Order());
    }

    [StoreFact]
    public async Task RemovingADocumentRemovesWhatOnlyItSupported()
    {
        var store = await CreateStoreAsync();
        await store.UpsertDocumentAsync(Importing.Import(ReportA, "a.txt"), None);
        await store.UpsertDocumentAsync(Importing.Import(ReportB, "b.md"), None);
        var withB = await store.StatsAsync(None);

        Assert.True(await store.RemoveDocumentAsync("a", None));
        Assert.False(await store.RemoveDocumentAsync("document:a", None));

        var onlyB = await CreateStoreAsync();
        await onlyB.UpsertDocumentAsync(Importing.Import(ReportB, "b.md"), None);
        Assert.Equivalent(await onlyB.StatsAsync(None), await store.StatsAsync(None));
        Assert.True(withB.NodeCount > (await store.StatsAsync(None)).NodeCount);
    }

    [StoreFact]
    public async Task AfterRemovalsAndReturnsTheStoreIsTheOneBuiltFromWhatRemains()
    {
        const string reportC = "一、挑战\n1. 数据隐私与合规风险 金融行业的数据隐私风险很高。\n二、趋势\n1. 隐私保护技术 将减少数据隐私风险。";
        var store = await CreateStoreAsync();
        await store.UpsertDocumentAsync(Importing.Import(ReportA, "a.txt"), None);
        await store.UpsertDocumentAsync(Importing.Import(ReportB, "b.md"), None);
        Assert.True(await store.RemoveDocumentAsync("a", None));
        // What came after a removal may take the removed nodes' and relations' places inside the store.
        await store.UpsertDocumentAsync(Importing.Import(reportC, "c.txt"), None);
        await store.UpsertDocumentAsync(Importing.Import(ReportA, "a.txt"), None);
        Assert.True(await store.RemoveDocumentAsync("b", None));

        var fresh = await CreateStoreAsync();
        await fresh.UpsertDocumentAsync(Importing.Import(reportC, "c.txt"), None);
        await fresh.UpsertDocumentAsync(Importing.Import(ReportA, "a.txt"), None);

        var (actual, expected) = (await store.ExportAsync(None), await fresh.ExportAsync(None));
        Assert.Equal(expected.Nodes.Select(node => (node.Id, node.Name)), actual.Nodes.Select(node => (node.Id, node.Name)));
        Assert.Equal(expected.Relations.Select(relation => (relation.Key, relation.Evidence.Count)), actual.Relations.Select(relation => (relation.Key, relation.Evidence.Count)));
        foreach (var node in new[] { "industry:finance", "challenge:data-privacy", "challenge:explainability" })
        {
            var around = await store.GetRelationsAsync([node], null, Direction.Both, None);
            var aroundFresh = await fresh.GetRelationsAsync([node], null, Direction.Both, None);
            Assert.Equal(aroundFresh.Select(relation => relation.Key).Order(RelationKeyOrder.Instance), around.Select(relation => relation.Key).Order(RelationKeyOrder.Instance));
        }
        var path = await store.ShortestPathAsync("challenge:data-privacy", "challenge:explainability", 4, None);
        Assert.Equal("challenge:data-privacy", path!.Nodes[0].Id);
        Assert.Equal("challenge:explainability", path.Nodes[^1].Id);
        Assert.Equal(
            (await fresh.ShortestPathAsync("challenge:data-privacy", "challenge:explainability", 4, None))!.Relations.Count,
            path.Relations.Count);
    }

    [StoreFact]
    public async Task ImportingTheSameDocumentTwiceChangesNothing()
    {
        var store = await CreateStoreAsync();
        await store.UpsertDocumentAsync(Importing.Import(ReportA, "a.txt"), None);
        var once = await store.ExportAsync(None);

        await store.UpsertDocumentAsync(Importing.Import(ReportA, "a.txt"), None);
        var twice = await store.ExportAsync(None);

        Assert.Equal(once.Nodes.Select(node => node.Id), twice.Nodes.Select(node => node.Id));
        Assert.Equal(once.Relations.Select(relation => (relation.Key, relation.Evidence.Count)), twice.Relations.Select(relation => (relation.Key, relation.Evidence.Count)));
    }

    [StoreFact]
    public async Task AnInconsistentDocumentIsRefusedAndLeavesTheStoreAsItWas()
    {
        var store = await CreateStoreAsync();
        await store.UpsertDocumentAsync(Importing.Import(ReportA, "a.txt"), None);
        var before = await store.StatsAsync(None);
        var broken = Importing.Import(ReportB, "a.txt");
        broken = broken with { Relations = [.. broken.Relations, new Relation(RelationType.Affects, "challenge:ethics-bias", "industry:nowhere", 1, [])] };

        await Assert.ThrowsAnyAsync<Exception>(() => store.UpsertDocumentAsync(broken, None));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpsertDocumentAsync(Importing.Import(ReportB, "a.txt"), new CancellationToken(canceled: true)));

        Assert.Equivalent(before, await store.StatsAsync(None));
        Assert.Single(await store.GetNodesAsync(["challenge:人才短缺"], None));
    }

    [StoreFact]
    public async Task ChallengesAffectingAnyOfTheIndustriesAreFoundByKeyNameOrAlias()
    {
        var store = await SeedStoreAsync();

        foreach (var industries in new[] { ["finance", "healthcare"], ["金融", "医疗"], new[] { "industry:finance", "Healthcare" } })
        {
            var page = await store.ListAsync(new NodeQuery(NodeKind.Challenge) { AffectsIndustries = industries }, None);

            Assert.Contains(page.Items, node => node.Id == "challenge:explainability");
            Assert.DoesNotContain(page.Items, node => node.Id == "challenge:ethics-bias");
        }
        Assert.Empty((await store.ListAsync(new NodeQuery(NodeKind.Challenge) { AffectsIndustries = ["no such industry"] }, None)).Items);
    }

    [StoreFact]
    public async Task MitigationFiltersWorkBothWays()
    {
        var store = await SeedStoreAsync();

        var trends = await store.ListAsync(new NodeQuery(NodeKind.Trend) { Mitigates = ["伦理与偏见问题"] }, None);
        var challenges = await store.ListAsync(new NodeQuery(NodeKind.Challenge) { MitigatedBy = ["green-computing", "trend:privacy-protection"] }, None);

        Assert.Equal(["trend:controllable-safety"], trends.Items.Select(node => node.Id));
        Assert.Equal(["challenge:compute-cost", "challenge:data-privacy"], challenges.Items.Select(node => node.Id));
    }

    [StoreFact]
    public async Task PagingWalksEveryNodeOnceInIdOrder()
    {
        var store = await SeedStoreAsync();
        var seen = new List<string>();
        string? after = null;
        Page<GraphNode> page;
        do
        {
            page = await store.ListAsync(new NodeQuery(NodeKind.Trend) { First = 3, After = after }, None);
            seen.AddRange(page.Items.Select(node => node.Id));
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        Assert.Equal(10, page.TotalCount);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Equal(10, seen.Distinct().Count());
    }

    /// <summary>Three reports on finance and one on healthcare: 人才短缺 is said to affect finance by three, 可解释性不足 by one.</summary>
    private async Task<IGraphStore> RankingStoreAsync()
    {
        var store = await CreateStoreAsync();
        for (var i = 1; i <= 3; i++)
        {
            await store.UpsertDocumentAsync(Importing.Import($"一、挑战\n1. 人才短缺 第{i}家银行缺少工程师。", $"talent{i}.txt"), None);
        }
        await store.UpsertDocumentAsync(Importing.Import("一、挑战\n1. 可解释性不足 医院和银行都难以解释模型。", "explain.txt"), None);
        await store.UpsertDocumentAsync(Importing.Import("## Challenges\n### Talent shortage\nHospitals cannot hire engineers.", "english.md"), None);
        return store;
    }

    [StoreFact]
    public async Task ARelationshipFilterRanksByTheDocumentsThatSaySo()
    {
        var store = await RankingStoreAsync();

        var ranked = await store.ListAsync(new NodeQuery(NodeKind.Challenge) { AffectsIndustries = ["finance"], OrderBy = NodeOrder.Documents, Descending = true }, None);
        var byName = await store.ListAsync(new NodeQuery(NodeKind.Challenge) { OrderBy = NodeOrder.Name }, None);

        Assert.Equal(["challenge:人才短缺", "challenge:explainability"], ranked.Items.Select(node => node.Id));
        Assert.Equal(3, ranked.Items[0].DocumentCount);
        Assert.Equal(byName.Items.Select(node => node.Name).Order(StringComparer.Ordinal), byName.Items.Select(node => node.Name));
    }

    [StoreFact]
    public async Task AFilteredAnswerFollowsTheGraphAsDocumentsComeAndGo()
    {
        var store = await RankingStoreAsync();
        var finance = new NodeQuery(NodeKind.Challenge) { AffectsIndustries = ["finance"], OrderBy = NodeOrder.Documents, Descending = true };
        var before = await store.ListAsync(finance, None);

        await store.UpsertDocumentAsync(Importing.Import("一、挑战\n1. 算力紧张 银行买不到显卡。", "compute.txt"), None);
        var added = await store.ListAsync(finance, None);
        await store.RemoveDocumentAsync("compute", None);
        var removed = await store.ListAsync(finance, None);

        Assert.DoesNotContain(before.Items, node => node.Id == "challenge:compute-cost");
        Assert.Contains(added.Items, node => node.Id == "challenge:compute-cost");
        Assert.Equal(before.TotalCount + 1, added.TotalCount);
        Assert.Equal(before.Items.Select(node => node.Id), removed.Items.Select(node => node.Id));
    }

    [StoreFact]
    public async Task AffectsAllIndustriesNeedsEveryOne()
    {
        var store = await RankingStoreAsync();

        var both = await store.ListAsync(new NodeQuery(NodeKind.Challenge) { AffectsAllIndustries = ["finance", "医疗"] }, None);
        var unknown = await store.ListAsync(new NodeQuery(NodeKind.Challenge) { AffectsAllIndustries = ["finance", "no such industry"] }, None);

        Assert.Equal(["challenge:explainability"], both.Items.Select(node => node.Id));
        Assert.Empty(unknown.Items);
    }

    [StoreFact]
    public async Task DocumentAndLanguageFiltersKeepWhatThoseDocumentsName()
    {
        var store = await RankingStoreAsync();

        var inOne = await store.ListAsync(new NodeQuery(NodeKind.Challenge) { Documents = ["explain", "document:english"] }, None);
        var english = await store.ListAsync(new NodeQuery(NodeKind.Challenge) { Language = "en" }, None);

        Assert.Equal(["challenge:explainability", "challenge:talent-shortage"], inOne.Items.Select(node => node.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["challenge:talent-shortage"], english.Items.Select(node => node.Id));
    }

    [StoreFact]
    public async Task TheImpactMatrixRanksRowsAndColumnsByTheDocumentsThatSaySo()
    {
        var store = await RankingStoreAsync();

        var matrix = await store.MatrixAsync(NodeKind.Challenge, 10, 10, None);
        var narrow = await store.MatrixAsync(NodeKind.Challenge, 1, 1, None);

        Assert.Equal(["challenge:人才短缺", "challenge:explainability", "challenge:talent-shortage"], matrix.Rows.Select(node => node.Id));
        Assert.Equal("industry:finance", matrix.Columns[0].Id);
        Assert.Equal(3, matrix.Cells.Single(cell => cell.Row == "challenge:人才短缺" && cell.Column == "industry:finance").DocumentCount);
        Assert.Contains(matrix.Cells, cell => cell.Row == "challenge:explainability" && cell.Column == "industry:healthcare");
        Assert.Equal((1, 1, 1), (narrow.Rows.Count, narrow.Columns.Count, narrow.Cells.Count));
    }

    [StoreFact]
    public async Task RankedPagingWalksEveryNodeOnceInRankOrder()
    {
        var store = await SeedStoreAsync();
        var query = new NodeQuery(NodeKind.Industry) { OrderBy = NodeOrder.Evidence, Descending = true, First = 2 };
        var all = await store.ListAsync(query with { First = 100 }, None);
        var seen = new List<string>();
        string? after = null;
        Page<GraphNode> page;
        do
        {
            page = await store.ListAsync(query with { After = after }, None);
            seen.AddRange(page.Items.Select(node => node.Id));
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        Assert.Equal(all.Items.Select(node => node.Id), seen);
        Assert.Equal(all.TotalCount, seen.Distinct().Count());
    }

    [StoreFact]
    public async Task NameFilterMatchesChineseSubstringsAndEnglishNames()
    {
        var store = await SeedStoreAsync();

        var chinese = await store.ListAsync(new NodeQuery(NodeKind.Challenge) { NameContains = "解释" }, None);
        var english = await store.ListAsync(new NodeQuery(NodeKind.Challenge) { NameContains = "PRIVACY" }, None);

        Assert.Equal(["challenge:explainability"], chinese.Items.Select(node => node.Id));
        Assert.Equal(["challenge:data-privacy"], english.Items.Select(node => node.Id));
    }

    [StoreFact]
    public async Task NeighbourhoodFollowsTheAskedRelationTypes()
    {
        var store = await SeedStoreAsync();

        var around = await store.NeighborhoodAsync("challenge:explainability", 1, [RelationType.Affects], None);
        var twoHops = await store.NeighborhoodAsync("challenge:explainability", 2, [RelationType.Affects], None);

        Assert.Equal(["challenge:explainability", "industry:finance", "industry:healthcare"], around.Nodes.Select(node => node.Id).Order());
        Assert.All(around.Relations, relation => Assert.Equal(RelationType.Affects, relation.Type));
        Assert.Contains(twoHops.Nodes, node => node.Id == "trend:industry-customization");
        Assert.Empty((await store.NeighborhoodAsync("nothing:here", 1, null, None)).Nodes);
    }

    [StoreFact]
    public async Task ShortestPathIsFoundWithinTheHopLimitOnly()
    {
        var store = await SeedStoreAsync();

        var direct = await store.ShortestPathAsync("challenge:explainability", "industry:finance", 4, None);
        var longer = await store.ShortestPathAsync("trend:green-computing", "industry:healthcare", 4, None);
        var tooShort = await store.ShortestPathAsync("trend:green-computing", "industry:healthcare", 1, None);

        Assert.Equal(["challenge:explainability", "industry:finance"], direct!.Nodes.Select(node => node.Id));
        Assert.Single(direct.Relations);
        Assert.NotNull(longer);
        Assert.Equal(longer.Nodes.Count - 1, longer.Relations.Count);
        Assert.Equal("trend:green-computing", longer.Nodes[0].Id);
        Assert.Equal("industry:healthcare", longer.Nodes[^1].Id);
        Assert.Null(tooShort);
    }

    [StoreFact]
    public async Task SearchFindsChineseSubstringsBestFirst()
    {
        var store = await SeedStoreAsync();

        var hits = await store.SearchAsync("可解释性", null, 5, None);
        var industries = await store.SearchAsync("医疗", [NodeKind.Industry], 5, None);

        Assert.Equal("challenge:explainability", hits[0].Node.Id);
        Assert.Equal(hits.OrderByDescending(hit => hit.Score).Select(hit => hit.Node.Id), hits.Select(hit => hit.Node.Id));
        Assert.Equal(["industry:healthcare"], industries.Select(hit => hit.Node.Id));
        Assert.Empty(await store.SearchAsync("   ", null, 5, None));
    }

    [StoreFact]
    public async Task EvidenceComesInPagesThatAddUpToTheNodesRelations()
    {
        var store = await RankingStoreAsync();
        var relations = await store.GetRelationsAsync(["industry:finance"], RelationType.MentionedIn, Direction.Out, None);
        var all = relations.SelectMany(relation => relation.Evidence).Select(evidence => (evidence.DocumentId, evidence.Start)).ToHashSet();

        var pages = new List<(string, int)>();
        var total = 0;
        for (var skip = 0; ; skip += 2)
        {
            var slice = (await store.EvidenceAsync(["industry:finance", "missing:node"], RelationType.MentionedIn, skip, 2, None))["industry:finance"];
            total = slice.Total;
            if (slice.Items.Count == 0)
            {
                break;
            }
            pages.AddRange(slice.Items.Select(evidence => (evidence.DocumentId, evidence.Start)));
        }

        Assert.Equal(all.Count, total);
        Assert.Equal(all.Order(), pages.Order());
        Assert.Equal(pages.Count, pages.Distinct().Count());
    }

    [StoreFact]
    public async Task SearchLeavesSectionsOutUnlessAskedFor()
    {
        var store = await SeedStoreAsync();

        var everything = await store.SearchAsync("挑战", null, 50, None);
        var sections = await store.SearchAsync("挑战", [NodeKind.Section], 50, None);

        Assert.DoesNotContain(everything, hit => hit.Node.Kind == NodeKind.Section);
        Assert.NotEmpty(sections);
        Assert.All(sections, hit => Assert.Equal(NodeKind.Section, hit.Node.Kind));
    }

    [StoreFact]
    public async Task StatsCountNodesAndRelationsPerKind()
    {
        var store = await SeedStoreAsync();

        var stats = await store.StatsAsync(None);

        Assert.Equal(stats.NodeCount, stats.ByKind.Values.Sum());
        Assert.Equal(stats.RelationCount, stats.ByRelation.Values.Sum());
        Assert.Equal(2, stats.ByKind[NodeKind.Document]);
        Assert.Equal(3, stats.ByRelation[RelationType.Mitigates]);
        Assert.Equal(3, stats.ByKind[NodeKind.Reference]);
    }
}
