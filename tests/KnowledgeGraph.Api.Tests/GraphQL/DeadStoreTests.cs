using System.Net;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>The API on the Neo4j store with nothing listening: it starts, says it is not ready, and answers STORE_UNAVAILABLE.</summary>
public sealed class DeadStoreTests
{
    [Fact]
    public async Task QueriesFailWithStoreUnavailableAndReadinessIs503()
    {
        using var app = new DeadNeo4jApplication();
        using var client = app.CreateClient();

        var body = await app.PostAsync("{ challenges { totalCount } }");
        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");

        Assert.Equal("STORE_UNAVAILABLE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("127.0.0.1:9", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    // Port 9 (discard) on loopback: nothing listens, so every connection is refused at once.
    private sealed class DeadNeo4jApplication() : KnowledgeGraphApplication(new()
    {
        ["KnowledgeGraph:Store"] = "Neo4j",
        ["KnowledgeGraph:Neo4j:Uri"] = "http://127.0.0.1:9",
        ["KnowledgeGraph:Neo4j:MaxRetries"] = "1",
        ["KnowledgeGraph:Neo4j:RetryDelay"] = "00:00:00",
        ["KnowledgeGraph:Neo4j:Timeout"] = "00:00:02",
    });
}
