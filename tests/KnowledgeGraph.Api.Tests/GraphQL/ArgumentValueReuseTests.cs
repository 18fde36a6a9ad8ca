using System.Text.Json;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// A kept query without variables parses its arguments once; every later request gets the same values and its
/// own answer. A query with variables parses them each time.
/// </summary>
public sealed class ArgumentValueReuseTests : IDisposable
{
    private readonly KnowledgeGraphApplication _app = new(new() { ["KnowledgeGraph:Api:CacheResponses"] = "false" });

    [Fact]
    public async Task AKeptQuerysArgumentsAreParsedOnceAndItsAnswerStaysTheSame()
    {
        const string query = """{ challenges(filter: { affectsIndustries: ["finance", "healthcare"] }, first: 3) { totalCount nodes { id } } }""";

        var answers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await _app.QueryAsync(query)).ToString());
        }

        Assert.Equal(1, _app.KeptArgumentValues);
        Assert.Single(answers.Distinct());
        Assert.Contains("challenge:", answers[0]);
    }

    [Fact]
    public async Task TwoKeptQueriesKeepTheirOwnArguments()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1, Ids(await _app.QueryAsync("{ challenges(first: 1) { nodes { id } } }")));
            Assert.Equal(2, Ids(await _app.QueryAsync("{ challenges(first: 2) { nodes { id } } }")));
        }
        Assert.Equal(2, _app.KeptArgumentValues);
    }

    [Fact]
    public async Task AQueryWithVariablesParsesThemEachTime()
    {
        const string query = "query ($n: Int) { challenges(first: $n) { nodes { id } } }";

        var one = await _app.QueryAsync(query, new { n = 1 });
        var two = await _app.QueryAsync(query, new { n = 2 });
        var oneAgain = await _app.QueryAsync(query, new { n = 1 });

        Assert.Equal((1, 2, 1), (Ids(one), Ids(two), Ids(oneAgain)));
        Assert.Equal(0, _app.KeptArgumentValues);
    }

    [Fact]
    public async Task MergedFieldsOfAKeptQueryAnswerAlike()
    {
        const string query = "{ stats { nodeCount } stats { relationCount } challenges(first: 1) { nodes { id } } challenges(first: 1) { nodes { name } } }";

        var first = await _app.QueryAsync(query);
        var second = await _app.QueryAsync(query);
        var third = await _app.QueryAsync(query);

        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(first.ToString(), third.ToString());
        Assert.True(first.GetProperty("stats").TryGetProperty("relationCount", out _));
        Assert.True(first.GetProperty("challenges").GetProperty("nodes")[0].TryGetProperty("name", out _));
    }

    public void Dispose() => _app.Dispose();

    private static int Ids(JsonElement data) => data.GetProperty("challenges").GetProperty("nodes").GetArrayLength();
}
