using System.Text.Json;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class ChallengeQueryTests(KnowledgeGraphApplication app) : IClassFixture<KnowledgeGraphApplication>
{
    private const string AffectingIndustries = """
        query ($industries: [String!]) {
          challenges(filter: { affectsIndustries: $industries }) { totalCount nodes { id name affects { key } } }
        }
        """;

    [Theory]
    [InlineData("finance", "healthcare")]
    [InlineData("金融", "医疗")]
    public async Task ExplainabilityAffectsFinanceOrHealthcareAndEthicsDoesNot(string first, string second)
    {
        var data = await app.QueryAsync(AffectingIndustries, new { industries = new[] { first, second } });

        var ids = Ids(data.GetProperty("challenges").GetProperty("nodes"));
        Assert.Contains("challenge:explainability", ids);
        Assert.DoesNotContain("challenge:ethics-bias", ids);
    }

    [Fact]
    public async Task AChallengeShowsItsIndustriesEvidenceDocumentsAndMitigations()
    {
        var data = await app.QueryAsync("""
            {
              node(id: "challenge:data-privacy") {
                id kind key name
                ... on Challenge {
                  nameEn aliases description
                  mitigatedBy { id }
                  evidence(first: 50) { totalCount nodes { sentence start end document { source } section { heading path } } }
                  documents { key title language }
                  relations(type: MITIGATES, direction: IN) { type from { id } to { id } confidence evidence { nodes { sentence } } }
                }
              }
            }
            """);
        var node = data.GetProperty("node");

        Assert.Equal(("CHALLENGE", "data-privacy", "数据隐私与合规风险"), (node.GetProperty("kind").GetString(), node.GetProperty("key").GetString(), node.GetProperty("name").GetString()));
        Assert.Equal(["trend:privacy-protection"], Ids(node.GetProperty("mitigatedBy")));
        Assert.Equal(2, node.GetProperty("documents").GetArrayLength());
        Assert.Contains(node.GetProperty("evidence").GetProperty("nodes").EnumerateArray(), evidence => evidence.GetProperty("section").GetProperty("heading").GetString() == "数据隐私与合规风险");
        var relation = node.GetProperty("relations")[0];
        Assert.Equal(("MITIGATES", "trend:privacy-protection", "challenge:data-privacy"),
            (relation.GetProperty("type").GetString(), relation.GetProperty("from").GetProperty("id").GetString(), relation.GetProperty("to").GetProperty("id").GetString()));
        Assert.Contains("保护", relation.GetProperty("evidence").GetProperty("nodes")[0].GetProperty("sentence").GetString());
    }

    [Fact]
    public async Task EveryKindHasItsListAndItsOwnFields()
    {
        var data = await app.QueryAsync("""
            {
              trends(filter: { mitigates: ["伦理与偏见问题"] }) { nodes { id mitigates { id } affects { key } involves { key } } }
              industries(filter: { keys: ["finance"] }) { nodes { id nameEn affectedBy { id } } }
              technologies(filter: { nameContains: "知识" }) { nodes { key involvedIn { id } mitigates { id } } }
              references { totalCount nodes { index title url citedBy { id kind } } }
              documents { totalCount nodes { title source language sections { path heading text document { key } parent { path } } } }
            }
            """);

        Assert.Equal(["trend:controllable-safety"], Ids(data.GetProperty("trends").GetProperty("nodes")));
        var finance = data.GetProperty("industries").GetProperty("nodes")[0];
        Assert.Equal("finance", finance.GetProperty("nameEn").GetString());
        Assert.Contains("challenge:explainability", Ids(finance.GetProperty("affectedBy")));
        Assert.Equal(["knowledge-base", "knowledge-graph"], data.GetProperty("technologies").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("key").GetString()).Order());
        Assert.Equal(3, data.GetProperty("references").GetProperty("totalCount").GetInt32());
        Assert.All(data.GetProperty("references").GetProperty("nodes").EnumerateArray(), reference =>
            Assert.Contains(reference.GetProperty("citedBy").EnumerateArray(), citer => citer.GetProperty("kind").GetString() == "SECTION"));
        var documents = data.GetProperty("documents").GetProperty("nodes");
        Assert.Equal(2, documents.GetArrayLength());
        var sections = documents[1].GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(["1", "2", "3", "4", "4.1"], sections.Take(5).Select(section => section.GetProperty("path").GetString()));
        Assert.Contains(sections, section => section.GetProperty("heading").GetString() == "面临的主要问题与挑战"
            && section.GetProperty("parent").GetProperty("path").GetString() == "6");
    }

    [Fact]
    public async Task PagingWalksEveryTrendOnce()
    {
        var seen = new List<string>();
        string? after = null;
        JsonElement connection;
        do
        {
            var data = await app.QueryAsync("""
                query ($after: String) { trends(first: 4, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }
                """, new { after });
            connection = data.GetProperty("trends");
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("id").GetString()!));
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        Assert.Equal(10, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(10, seen.Distinct().Count());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task SearchNeighbourhoodPathAndStatsAnswer()
    {
        var data = await app.QueryAsync("""
            {
              search(text: "解释", kinds: [CHALLENGE]) { score node { id } }
              neighborhood(id: "challenge:explainability", depth: 1, relations: [AFFECTS]) { nodes { id } relations { type } }
              path(from: "trend:green-computing", to: "industry:healthcare", maxHops: 4) { nodes { id } relations { type } }
              none: path(from: "trend:green-computing", to: "industry:healthcare", maxHops: 1) { nodes { id } }
              stats { nodeCount relationCount byKind { kind count } byRelation { type count } }
            }
            """);

        Assert.Equal("challenge:explainability", data.GetProperty("search")[0].GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(3, data.GetProperty("neighborhood").GetProperty("nodes").GetArrayLength());
        var path = data.GetProperty("path");
        Assert.Equal(path.GetProperty("nodes").GetArrayLength() - 1, path.GetProperty("relations").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("none").ValueKind);
        var stats = data.GetProperty("stats");
        Assert.Equal(stats.GetProperty("nodeCount").GetInt32(), stats.GetProperty("byKind").EnumerateArray().Sum(kind => kind.GetProperty("count").GetInt32()));
        Assert.Contains(stats.GetProperty("byRelation").EnumerateArray(), count => count.GetProperty("type").GetString() == "MENTIONED_IN");
    }

    [Fact]
    public async Task AnUnknownNodeIsNull()
    {
        var data = await app.QueryAsync("""{ node(id: "challenge:nothing") { id } }""");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task NestedFieldsCostOneStoreCallPerLevelNotPerParent()
    {
        await app.QueryAsync("{ stats { nodeCount } }");
        app.Counter!.Reset();

        await app.QueryAsync("""
            { challenges { nodes { affects { key affectedBy { id } } mitigatedBy { id } evidence { nodes { document { title } section { heading } } } } } }
            """);

        // 5 challenges: list (1) + relations for affects/mitigatedBy/evidence (3 kinds of question) + affectedBy (1), nodes for each second stage.
        Assert.Equal(1, app.Counter.Calls("ListAsync"));
        Assert.InRange(app.Counter.Calls("GetRelationsAsync"), 1, 5);
        Assert.InRange(app.Counter.Calls("GetNodesAsync"), 1, 5);
    }

    private static List<string> Ids(JsonElement nodes) => [.. nodes.EnumerateArray().Select(node => node.GetProperty("id").GetString()!)];
}
