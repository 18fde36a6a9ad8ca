using System.Text.Json;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// Answers over many reports: ranked by how many reports say so, evidence a page at a time, AND beside OR,
/// filters by document and language. On a corpus the test writes: 人才短缺 affects finance in five reports,
/// 算力紧张 (the ontology's 算力与成本压力) healthcare in three and finance in one, 数据孤岛 finance and healthcare in one.
/// </summary>
public sealed class RankingAndPagingTests : IClassFixture<RankingAndPagingTests.Corpus>
{
    private readonly KnowledgeGraphApplication _app;

    public RankingAndPagingTests(Corpus corpus) => _app = corpus.App;

    public sealed class Corpus : IDisposable
    {
        public Corpus()
        {
            var folder = Directory.CreateTempSubdirectory("kg-ranking-").FullName;
            void Write(string name, string text) => File.WriteAllText(Path.Combine(folder, name), text);
            for (var i = 1; i <= 5; i++)
            {
                Write($"r{i}.md", $"# 观察{i}\n\n## 主要挑战\n\n### 人才短缺\n\n第{i}家银行缺少懂模型的工程师。金融机构第{i}次招聘失败。\n");
            }
            for (var i = 1; i <= 3; i++)
            {
                Write($"h{i}.md", $"# 医疗观察{i}\n\n## 主要挑战\n\n### 算力紧张\n\n第{i}家医院的算力紧张。\n");
            }
            Write("f1.md", "# 金融观察\n\n## 主要挑战\n\n### 算力紧张\n\n银行的算力紧张。\n\n### 数据孤岛\n\n银行和医院之间存在数据孤岛。\n");
            Write("en1.md", "# Field notes\n\n## Challenges\n\n### Talent shortage\n\nBanks cannot hire engineers who understand models.\n");
            App = new KnowledgeGraphApplication([], folder);
        }

        public KnowledgeGraphApplication App { get; }

        public void Dispose() => App.Dispose();
    }

    [Fact]
    public async Task TheFinanceOrHealthcareQuestionIsRankedByTheReportsThatSaySo()
    {
        var data = await _app.QueryAsync("""
            { challenges(filter: { affectsIndustries: ["finance", "healthcare"] }) { nodes { name documentCount } } }
            """);

        var names = Names(data.GetProperty("challenges"));
        Assert.Equal(["人才短缺", "算力与成本压力"], names.Take(2));
        Assert.Contains("数据孤岛", names);
    }

    [Fact]
    public async Task AffectsAllIndustriesIsAnAnd()
    {
        var data = await _app.QueryAsync("""
            {
              both: challenges(filter: { affectsAllIndustries: ["finance", "healthcare"] }) { nodes { name } }
              either: challenges(filter: { affectsIndustries: ["finance", "healthcare"] }) { totalCount }
              unknown: challenges(filter: { affectsAllIndustries: ["finance", "no such industry"] }) { totalCount }
            }
            """);

        Assert.Equal(["数据孤岛", "算力与成本压力"], Names(data.GetProperty("both")).Order(StringComparer.Ordinal));
        Assert.True(data.GetProperty("either").GetProperty("totalCount").GetInt32() >= 3);
        Assert.Equal(0, data.GetProperty("unknown").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task OrderByCountsAndNamesBothWaysAndCountsAgreeWithTheOrder()
    {
        var data = await _app.QueryAsync("""
            {
              most: challenges(orderBy: { field: DOCUMENTS }) { nodes { name documentCount evidenceCount } }
              fewest: challenges(orderBy: { field: EVIDENCE, direction: ASC }) { nodes { name evidenceCount } }
              byName: challenges(orderBy: { field: NAME }) { nodes { name } }
            }
            """);

        var most = data.GetProperty("most").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("documentCount").GetInt32()).ToList();
        Assert.Equal(most.OrderDescending(), most);
        Assert.Equal(5, most[0]);
        var fewest = data.GetProperty("fewest").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("evidenceCount").GetInt32()).ToList();
        Assert.Equal(fewest.Order(), fewest);
        var names = Names(data.GetProperty("byName"));
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task RankedPagesFollowOneAnotherWithoutGapsOrRepeats()
    {
        var all = Names((await _app.QueryAsync("{ challenges(orderBy: { field: DOCUMENTS }, first: 100) { nodes { name } } }")).GetProperty("challenges"));
        var paged = new List<string>();
        string? after = null;
        do
        {
            var page = (await _app.QueryAsync("""
                query ($after: String) { challenges(orderBy: { field: DOCUMENTS }, first: 2, after: $after) {
                  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } } }
                """, new { after })).GetProperty("challenges");
            var edges = page.GetProperty("edges").EnumerateArray().ToList();
            paged.AddRange(edges.Select(edge => edge.GetProperty("node").GetProperty("name").GetString()!));
            Assert.Equal(all.Count, page.GetProperty("totalCount").GetInt32());
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
            Assert.True(after is null || after == edges[^1].GetProperty("cursor").GetString());
        }
        while (after is not null);

        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task EvidenceComesAPageAtATimeEverySentenceOnce()
    {
        var sentences = new List<string>();
        string? after = null;
        var total = -1;
        do
        {
            var evidence = (await _app.QueryAsync("""
                query ($after: String) { industries(filter: { keys: ["finance"] }) { nodes {
                  evidenceCount evidence(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { sentence start document { id } } } } } }
                """, new { after })).GetProperty("industries").GetProperty("nodes")[0];
            var page = evidence.GetProperty("evidence");
            total = page.GetProperty("totalCount").GetInt32();
            Assert.Equal(evidence.GetProperty("evidenceCount").GetInt32(), total);
            Assert.InRange(page.GetProperty("nodes").GetArrayLength(), 1, 2);
            sentences.AddRange(page.GetProperty("nodes").EnumerateArray().Select(node =>
                $"{node.GetProperty("document").GetProperty("id").GetString()}@{node.GetProperty("start").GetInt32()}"));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.True(total >= 6, $"finance is named {total} times");
        Assert.Equal(total, sentences.Count);
        Assert.Equal(sentences.Count, sentences.Distinct().Count());
    }

    [Fact]
    public async Task ARelationsEvidenceDefaultsToFiveAndCountsItsDocuments()
    {
        var data = await _app.QueryAsync("""
            { challenges(filter: { affectsIndustries: ["finance"] }, first: 1) { nodes { name
                relations(type: AFFECTS, direction: OUT) { to { id } documentCount evidenceCount evidence { totalCount nodes { sentence } } } } } }
            """);

        var relation = data.GetProperty("challenges").GetProperty("nodes")[0].GetProperty("relations").EnumerateArray()
            .Single(relation => relation.GetProperty("to").GetProperty("id").GetString() == "industry:finance");
        Assert.Equal(5, relation.GetProperty("documentCount").GetInt32());
        Assert.Equal(relation.GetProperty("evidenceCount").GetInt32(), relation.GetProperty("evidence").GetProperty("totalCount").GetInt32());
        Assert.True(relation.GetProperty("evidence").GetProperty("nodes").GetArrayLength() <= 5);
    }

    [Fact]
    public async Task DocumentAndLanguageFiltersKeepWhatThoseDocumentsName()
    {
        var data = await _app.QueryAsync("""
            {
              inF1: challenges(filter: { documents: ["f1"] }) { nodes { name } }
              english: challenges(filter: { language: "en" }) { nodes { name } }
            }
            """);

        Assert.Equal(["数据孤岛", "算力与成本压力"], Names(data.GetProperty("inF1")).Order(StringComparer.Ordinal));
        Assert.All(Names(data.GetProperty("english")), name => Assert.Matches("[A-Za-z]", name));
        Assert.NotEmpty(Names(data.GetProperty("english")));
    }

    [Fact]
    public async Task TheImpactMatrixCountsTheReportsPerChallengeAndIndustry()
    {
        var data = await _app.QueryAsync("""
            { matrix(rows: CHALLENGE, first: 10) {
                rows { id name } columns { id }
                cells { row column documentCount evidenceCount evidence(first: 1) { totalCount nodes { sentence document { id } } } } } }
            """);
        var matrix = data.GetProperty("matrix");
        var rows = matrix.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("name").GetString()).ToList();
        var cells = matrix.GetProperty("cells").EnumerateArray().ToDictionary(
            cell => (cell.GetProperty("row").GetString(), cell.GetProperty("column").GetString()), cell => cell);

        Assert.Equal(["人才短缺", "算力与成本压力"], rows.Take(2));
        Assert.Equal("industry:finance", matrix.GetProperty("columns")[0].GetProperty("id").GetString());
        var talent = matrix.GetProperty("rows")[0].GetProperty("id").GetString();
        Assert.Equal(5, cells[(talent, "industry:finance")].GetProperty("documentCount").GetInt32());
        Assert.Equal(3, cells[("challenge:compute-cost", "industry:healthcare")].GetProperty("documentCount").GetInt32());
        Assert.Equal(1, cells[("challenge:compute-cost", "industry:finance")].GetProperty("documentCount").GetInt32());
        Assert.All(cells.Values, cell => Assert.Equal(cell.GetProperty("evidenceCount").GetInt32(), cell.GetProperty("evidence").GetProperty("totalCount").GetInt32()));
        Assert.All(cells.Keys, key => Assert.Contains(matrix.GetProperty("columns").EnumerateArray(), column => column.GetProperty("id").GetString() == key.Item2));
    }

    [Fact]
    public async Task ABadEvidenceCursorIsBadInput()
    {
        var body = await _app.PostAsync("""{ industries(first: 1) { nodes { evidence(after: "bm90IGEgbnVtYmVy") { totalCount } } } }""");

        Assert.Equal("BAD_USER_INPUT", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static List<string> Names(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("name").GetString()!)];
}
