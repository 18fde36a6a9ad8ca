using System.Net.Http.Json;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// Without the response cache an answer is written straight to the response instead of into a kept copy:
/// the client must not see the difference — same status, media type and bytes.
/// </summary>
public sealed class UncachedAnswerTests : IDisposable
{
    private readonly KnowledgeGraphApplication _cached = new();
    private readonly KnowledgeGraphApplication _uncached = new(new() { ["KnowledgeGraph:Api:CacheResponses"] = "false" });

    [Theory]
    [InlineData("""{ challenges(filter: { affectsIndustries: ["finance", "healthcare"] }) { nodes { id name affects { key name } } } }""")]
    [InlineData("{ node(id: \"industry:finance\") { name } }")]
    [InlineData("{ nope }")]
    [InlineData("{ challenges(first: 100000) { nodes { id } } }")]
    public async Task AnUncachedAnswerIsTheCachedAnswer(string query)
    {
        var cached = await AnswerAsync(_cached, query);
        var uncached = await AnswerAsync(_uncached, query);

        Assert.Equal(cached, uncached);
    }

    public void Dispose()
    {
        _cached.Dispose();
        _uncached.Dispose();
    }

    private static async Task<(System.Net.HttpStatusCode, string?, string)> AnswerAsync(KnowledgeGraphApplication app, string query)
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }
}
