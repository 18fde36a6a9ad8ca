using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class ResponseCacheTests : IDisposable
{
    private const string Question = """{ challenges(filter: { affectsIndustries: ["education"] }) { totalCount nodes { id } } }""";

    private readonly KnowledgeGraphApplication _app = new();

    [Fact]
    public async Task ARepeatedQueryIsAnsweredWithoutTheStoreUntilTheGraphChanges()
    {
        var first = await _app.QueryAsync(Question);
        _app.Counter!.Reset();

        var again = await _app.QueryAsync(Question);
        var callsForRepeat = _app.Counter.TotalCalls;
        await _app.PostAsync("""
            mutation { importDocument(input: { name: "edu.md", text: "## 挑战\n### 师资短缺\n教育行业缺少懂模型的老师。" }) { nodes } }
            """, apiKey: KnowledgeGraphApplication.ApiKey);
        var afterWrite = await _app.QueryAsync(Question);

        Assert.Equal(first.ToString(), again.ToString());
        Assert.Equal(0, callsForRepeat);
        Assert.Equal(first.GetProperty("challenges").GetProperty("totalCount").GetInt32() + 1, afterWrite.GetProperty("challenges").GetProperty("totalCount").GetInt32());
    }

    public void Dispose() => _app.Dispose();
}
