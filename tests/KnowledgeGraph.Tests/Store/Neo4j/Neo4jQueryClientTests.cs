using System.Net;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>The hand-written Query API client against recorded replies: requests, results, errors, retries, transactions.</summary>
public sealed class Neo4jQueryClientTests
{
    private const string TwoRows = """{"data":{"fields":["key","score"],"values":[["e1",1.52],["e2",0.31]]},"bookmarks":["FB:x"]}""";
    private const string Empty = """{"data":{"fields":[],"values":[]},"bookmarks":["FB:y"]}""";
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly RecordedNeo4jHandler _neo4j = new();

    [Fact]
    public async Task AStatementTravelsWithItsParametersAndBasicAuthAndRowsComeBackByColumn()
    {
        _neo4j.Reply(HttpStatusCode.Accepted, TwoRows);

        var result = await Client().RunAsync("MATCH (n:Node) WHERE n.id IN $ids RETURN n.key AS key", new Dictionary<string, object?> { ["ids"] = new[] { "a'}) DETACH DELETE n //" } }, None);

        var request = Assert.Single(_neo4j.Requests);
        Assert.Equal((HttpMethod.Post, "/db/knowledge/query/v2"), (request.Method, request.Path));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:secret-password")), request.Headers["Authorization"]);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("MATCH (n:Node) WHERE n.id IN $ids RETURN n.key AS key", body.RootElement.GetProperty("statement").GetString());
        Assert.Equal("a'}) DETACH DELETE n //", body.RootElement.GetProperty("parameters").GetProperty("ids")[0].GetString());
        Assert.Equal(["e1", "e2"], result.Rows.Select(row => row["key"].GetString()));
        Assert.Equal(0.31, result.Rows.Last()["score"].GetDouble());
    }

    [Fact]
    public async Task ASyntaxErrorIsRaisedOnceAndNotRetried()
    {
        _neo4j.Reply(HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'RETUN'"}]}""");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client().RunAsync("RETUN 1", null, None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Single(_neo4j.Requests);
    }

    [Fact]
    public async Task ATransientErrorSentAs400IsRetried()
    {
        _neo4j.Reply(HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""")
            .Reply(HttpStatusCode.Accepted, TwoRows);

        var result = await Client().RunAsync("RETURN 1", null, None);

        Assert.Equal(2, result.Count);
        Assert.Equal(2, _neo4j.Requests.Count);
    }

    [Fact]
    public async Task AServiceUnavailableReplyIsRetried()
    {
        _neo4j.Reply(HttpStatusCode.ServiceUnavailable, "<html>starting</html>").Reply(HttpStatusCode.Accepted, Empty);

        await Client().RunAsync("RETURN 1", null, None);

        Assert.Equal(2, _neo4j.Requests.Count);
    }

    [Fact]
    public async Task AStoreThatStaysDownIsUnavailableAfterTheRetries()
    {
        _neo4j.Refuse().Refuse().Refuse();

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => Client(maxRetries: 2).RunAsync("RETURN 1", null, None));

        Assert.Equal(3, _neo4j.Requests.Count);
        Assert.Contains("unavailable after 3 attempts", error.Message);
    }

    [Fact]
    public async Task RefusedCredentialsAreSurfacedClearlyWithoutRetrying()
    {
        _neo4j.Reply(HttpStatusCode.Unauthorized, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"No authentication header supplied."}]}""",
            ("WWW-Authenticate", "Basic realm=\"Neo4j\""));

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => Client().RunAsync("RETURN 1", null, None));

        Assert.Single(_neo4j.Requests);
        Assert.Contains("refused the credentials of user 'neo4j'", error.Message);
        Assert.DoesNotContain("secret-password", error.Message);
    }

    [Fact]
    public async Task RateLimitingIsSurfacedClearly()
    {
        _neo4j.Reply(HttpStatusCode.TooManyRequests, "");

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => Client().RunAsync("RETURN 1", null, None));

        Assert.Contains("rate-limiting", error.Message);
    }

    [Fact]
    public async Task ErrorsAfterA202AreStillErrors()
    {
        _neo4j.Reply(HttpStatusCode.Accepted, """{"data":{"fields":["x"],"values":[[1]]},"errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}]}""");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client().RunAsync("RETURN 1/0", null, None));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
    }

    [Fact]
    public async Task ATransactionBeginsRunsAndCommitsEchoingTheClusterAffinity()
    {
        _neo4j.Reply(HttpStatusCode.Accepted, """{"transaction":{"id":"a1b2c3","expires":"2026-08-22T10:15:30Z"}}""", ("neo4j-cluster-affinity", "MTAuOC41"))
            .Reply(HttpStatusCode.Accepted, TwoRows)
            .Reply(HttpStatusCode.Accepted, """{"bookmarks":["FB:kcwQ"]}""");

        await Client().InTransactionAsync(async (transaction, token) => await transaction.RunAsync("CREATE (n)", null, token), None);

        Assert.Equal(["POST /db/knowledge/query/v2/tx", "POST /db/knowledge/query/v2/tx/a1b2c3", "POST /db/knowledge/query/v2/tx/a1b2c3/commit"],
            _neo4j.Requests.Select(request => $"{request.Method} {request.Path}"));
        Assert.All(_neo4j.Requests.Skip(1), request => Assert.Equal("MTAuOC41", request.Headers["neo4j-cluster-affinity"]));
    }

    [Fact]
    public async Task AFailedTransactionIsRolledBackAndItsErrorRaised()
    {
        _neo4j.Reply(HttpStatusCode.Accepted, """{"transaction":{"id":"t9","expires":"2026-08-22T10:15:30Z"}}""")
            .Reply(HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"already exists"}]}""")
            .Reply(HttpStatusCode.OK, "");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client().InTransactionAsync(async (transaction, token) =>
        {
            await transaction.RunAsync("CREATE (n:Node {id: $id})", new Dictionary<string, object?> { ["id"] = "x" }, token);
        }, None));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal("DELETE /db/knowledge/query/v2/tx/t9", $"{_neo4j.Requests[^1].Method} {_neo4j.Requests[^1].Path}");
        Assert.DoesNotContain(_neo4j.Requests, request => request.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATransientFailureInsideATransactionRetriesTheWholeUnit()
    {
        _neo4j.Reply(HttpStatusCode.Accepted, """{"transaction":{"id":"t1"}}""")
            .Reply(HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.TransientError.Transaction.LockClientStopped","message":"stopped"}]}""")
            .Reply(HttpStatusCode.OK, "")
            .Reply(HttpStatusCode.Accepted, """{"transaction":{"id":"t2"}}""")
            .Reply(HttpStatusCode.Accepted, Empty)
            .Reply(HttpStatusCode.Accepted, """{"bookmarks":[]}""");
        var runs = 0;

        await Client().InTransactionAsync(async (transaction, token) =>
        {
            runs++;
            await transaction.RunAsync("CREATE (n)", null, token);
        }, None);

        Assert.Equal(2, runs);
        Assert.Equal("POST /db/knowledge/query/v2/tx/t2/commit", $"{_neo4j.Requests[^1].Method} {_neo4j.Requests[^1].Path}");
    }

    private Neo4jQueryClient Client(int maxRetries = 3) => new(
        new HttpClient(_neo4j),
        Options.Create(new Neo4jOptions
        {
            Uri = new Uri("http://neo4j.test:7474"),
            Database = "knowledge",
            User = "neo4j",
            Password = "secret-password",
            MaxRetries = maxRetries,
            RetryDelay = TimeSpan.Zero,
        }),
        NullLogger<Neo4jQueryClient>.Instance);
}
