using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>Injection through every string argument, fragment cycles, a dead store that comes back, the mutation rate limit, a restart.</summary>
public sealed class HostileRequestTests : IDisposable
{
    private static readonly string[] Hostile =
    [
        "' OR 1=1 //", "\"}) DETACH DELETE n //", "MATCH (n) DETACH DELETE n", "}}]]\"\\", "\u0000\u0001", "$(labels)", "industry:finance' })-[*]-()", "可解释性\"}",
    ];

    private readonly KnowledgeGraphApplication _app = new(new() { ["KnowledgeGraph:Api:MutationsPerMinute"] = "3" });

    [Fact]
    public async Task HostileStringsInEveryArgumentAreOrdinaryValuesAndChangeNothing()
    {
        var before = await StatsAsync();
        foreach (var text in Hostile)
        {
            var data = await _app.QueryAsync("""
                query ($text: String!, $id: ID!, $list: [String!]) {
                  node(id: $id) { id }
                  challenges(filter: { nameContains: $text, keys: $list, affectsIndustries: $list, mitigates: $list, mitigatedBy: $list }) { totalCount }
                  search(text: $text) { node { id } }
                  neighborhood(id: $id) { nodes { id } }
                  path(from: $id, to: $id) { nodes { id } }
                }
                """, new { text, id = text, list = new[] { text } });
            Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
            Assert.Equal(0, data.GetProperty("challenges").GetProperty("totalCount").GetInt32());

            // Mutations are limited to 3 a minute here (tested on their own): two hostile keys are enough.
            if (Array.IndexOf(Hostile, text) < 2)
            {
                var removed = await _app.PostAsync("mutation ($key: String!) { removeDocument(key: $key) }", new { key = text }, KnowledgeGraphApplication.ApiKey);
                Assert.False(removed.GetProperty("data").GetProperty("removeDocument").GetBoolean());
            }
        }
        var badCursor = await _app.PostAsync("query ($after: String) { trends(after: $after) { totalCount } }", new { after = Hostile[1] });

        Assert.Equal("BAD_USER_INPUT", badCursor.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(before, await StatsAsync());
        Assert.Equal(2, Directory.GetFiles(_app.Documents).Length);
    }

    [Fact]
    public async Task AFragmentCycleIsRefusedBeforeItRuns()
    {
        using var client = _app.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new
        {
            query = "{ challenges { nodes { ...A } } } fragment A on Challenge { affects { ...B } } fragment B on Industry { affectedBy { ... on Challenge { ...A } } }",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task MutationsBeyondTheRateLimitAreRefused()
    {
        var codes = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            var body = await _app.PostAsync("""mutation { removeDocument(key: "nothing") }""", apiKey: KnowledgeGraphApplication.ApiKey);
            codes.Add(body.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null);
        }

        Assert.Equal([null, null, null, "RATE_LIMITED"], codes);
    }

    [Fact]
    public async Task WhenTheStoreGoesDownQueriesSaySoAndBothRecoverWhenItIsBack()
    {
        using var client = _app.CreateClient();
        await _app.QueryAsync("{ stats { nodeCount } }");

        _app.Counter!.Down = true;
        var down = await _app.PostAsync("{ challenges { totalCount } }");
        var notReady = (await client.GetAsync("/health/ready")).StatusCode;
        _app.Counter.Down = false;
        var up = await _app.QueryAsync("{ challenges { totalCount } }");

        Assert.Equal("STORE_UNAVAILABLE", down.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady);
        Assert.Equal(5, up.GetProperty("challenges").GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task AnAcknowledgedDocumentSurvivesARestart()
    {
        var imported = await _app.PostAsync("""
            mutation { importDocument(input: { name: "kept.md", text: "## 挑战\n### 人才短缺\n制造业缺少工程师。" }) { document { id } } }
            """, apiKey: KnowledgeGraphApplication.ApiKey);
        Assert.Equal("document:kept", imported.GetProperty("data").GetProperty("importDocument").GetProperty("document").GetProperty("id").GetString());
        _app.KeepDocuments = true;
        await _app.DisposeAsync();
        _disposed = true;

        using var restarted = new KnowledgeGraphApplication([], _app.Documents);
        var data = await restarted.QueryAsync("""{ node(id: "challenge:人才短缺") { id } }""");

        Assert.Equal("challenge:人才短缺", data.GetProperty("node").GetProperty("id").GetString());
    }

    private bool _disposed;

    public void Dispose()
    {
        if (!_disposed)
        {
            _app.Dispose();
        }
        else if (Directory.Exists(_app.Documents))
        {
            Directory.Delete(_app.Documents, recursive: true);
        }
    }

    private async Task<string> StatsAsync() => (await _app.QueryAsync("{ stats { nodeCount relationCount } }")).ToString();
}
