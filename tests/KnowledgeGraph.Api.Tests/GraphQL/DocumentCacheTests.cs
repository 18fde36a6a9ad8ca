using System.Text.Json;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// A repeated query text skips parsing and validation: its document is kept once it passed them (the
/// complexity rule still runs on a kept document); a refused one is never kept.
/// </summary>
public sealed class DocumentCacheTests : IDisposable
{
    private const string Deep = """
        query ($n: Int) { challenges(first: $n) { nodes { relations { evidence(first: $n) { nodes { sentence document { sections { id text } } } } } } } }
        """;

    private readonly KnowledgeGraphApplication _app = new(new() { ["KnowledgeGraph:Api:CacheResponses"] = "false" });

    [Fact]
    public async Task AQueryOverTheComplexityLimitIsRefusedEveryTimeAndNotKept()
    {
        var query = Deep.Replace("query ($n: Int) ", "").Replace("$n", "500");

        var first = await _app.PostAsync(query);
        var again = await _app.PostAsync(query);

        Assert.Equal(("MAX_COMPLEXITY", "MAX_COMPLEXITY"), (Code(first), Code(again)));
        Assert.Equal(0, _app.KeptDocuments);
    }

    [Fact]
    public async Task AVariablesFirstCountsLikeALiteralOneAlsoOnAKeptDocument()
    {
        var fresh = await _app.PostAsync(Deep, new { n = 500 });
        var small = await _app.PostAsync(Deep, new { n = 1 });
        var large = await _app.PostAsync(Deep, new { n = 500 });

        Assert.Equal("MAX_COMPLEXITY", Code(fresh));
        Assert.False(small.TryGetProperty("errors", out _), small.ToString());
        Assert.Equal(1, _app.KeptDocuments);
        Assert.Equal("MAX_COMPLEXITY", Code(large));
    }

    [Fact]
    public async Task AKeptDocumentsOtherOperationIsMeasuredOnItsOwn()
    {
        var twoOperations = $"query Small {{ stats {{ nodeCount }} }}\n{Deep.Replace("query ($n: Int) ", "query Large ").Replace("$n", "500")}";

        var small = await _app.PostAsync(twoOperations, operationName: "Small");
        var large = await _app.PostAsync(twoOperations, operationName: "Large");

        Assert.False(small.TryGetProperty("errors", out _), small.ToString());
        Assert.Equal(1, _app.KeptDocuments);
        Assert.Equal("MAX_COMPLEXITY", Code(large));
    }

    [Fact]
    public async Task ARepeatedQueryIsAnsweredFromItsKeptDocument()
    {
        var first = await _app.QueryAsync("{ challenges(first: 2) { nodes { id } } }");
        var second = await _app.QueryAsync("{ challenges(first: 2) { nodes { id } } }");

        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(1, _app.KeptDocuments);
    }

    public void Dispose() => _app.Dispose();

    private static string? Code(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;
}
