using System.Net;
using System.Text.Json;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// What the Neo4j store sends, against recorded replies: the statements are the files of cypher/, word for
/// word, and user input only ever travels as a parameter.
/// </summary>
public sealed class Neo4jGraphStoreStatementTests
{
    private const string Hostile = "'}) DETACH DELETE n // \"]} \u0000 RETURN 1;";
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly RecordedNeo4jHandler _neo4j = new();

    [Fact]
    public async Task SearchSendsTheFileAndTheTextAsAParameter()
    {
        _neo4j.Reply(HttpStatusCode.Accepted, """{"data":{"fields":["node"],"values":[]}}""");

        var hits = await Store().SearchAsync(Hostile, [NodeKind.Challenge], 5, None);

        Assert.Empty(hits);
        var (statement, parameters) = Sent(0);
        Assert.Equal(CypherFiles.Statement("search"), statement);
        Assert.Equal(Hostile, parameters.GetProperty("text").GetString());
        Assert.Equal("CHALLENGE", parameters.GetProperty("kinds")[0].GetString());
    }

    [Fact]
    public async Task ListFiltersTravelAsParametersAndRowsBecomeNodes()
    {
        _neo4j.Reply(HttpStatusCode.Accepted, """{"data":{"fields":["id"],"values":[["industry:finance"]]}}""")
            .Reply(HttpStatusCode.Accepted, """{"data":{"fields":["total","page"],"values":[[1,[{"node":{"id":"challenge:explainability","kind":"CHALLENGE","key":"explainability","name":"可解释性不足","aliases":["可解释性差"],"sources":["document:a","document:b"]},"rank":2}]]]}}""");

        var page = await Store().ListAsync(new NodeQuery(NodeKind.Challenge)
        {
            AffectsIndustries = [Hostile], NameContains = Hostile, Documents = ["a"], OrderBy = NodeOrder.Documents, Descending = true, First = 10,
        }, None);

        var (resolve, resolveParameters) = Sent(0);
        var (list, listParameters) = Sent(1);
        Assert.Equal(CypherFiles.Statement("resolve_names"), resolve);
        Assert.Equal(Hostile, resolveParameters.GetProperty("words")[0].GetString());
        Assert.Equal(CypherFiles.Statement("list_nodes"), list);
        Assert.Equal(Hostile, listParameters.GetProperty("nameContains").GetString());
        Assert.Equal("industry:finance", listParameters.GetProperty("affects")[0].GetString());
        Assert.DoesNotContain(_neo4j.Requests, request => JsonDocument.Parse(request.Body!).RootElement.GetProperty("statement").GetString()!.Contains("DETACH DELETE n //", StringComparison.Ordinal));
        var node = Assert.Single(page.Items);
        Assert.Equal(("challenge:explainability", NodeKind.Challenge, "可解释性不足"), (node.Id, node.Kind, node.Name));
        Assert.Equal(["可解释性差"], node.Aliases);
        Assert.Equal(2, node.DocumentCount);
        Assert.Equal(("DOCUMENTS", true, "document:a"), (listParameters.GetProperty("order").GetString(), listParameters.GetProperty("descending").GetBoolean(),
            listParameters.GetProperty("documents")[0].GetString()));
        Assert.Equal(Cursor.Encode("2", "challenge:explainability"), page.EndCursor);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task ADocumentIsWrittenInOneTransactionRemovingItsOldContributionFirst()
    {
        var document = Importing.Import("一、挑战\n1. 可解释性不足 尤其在医疗、金融等行业。\n2. 人才短缺 缺少工程师。", "a.txt");
        // The schema first: one request per statement of schema.cypher, then db.awaitIndexes.
        foreach (var _ in Enumerable.Range(0, CypherFiles.Statements("schema").Count + 1))
        {
            _neo4j.Reply(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]}}""");
        }
        _neo4j.Reply(HttpStatusCode.Accepted, """{"transaction":{"id":"t1"}}""");
        foreach (var _ in Enumerable.Range(0, 3 + document.Relations.Select(relation => relation.Type).Distinct().Count()))
        {
            _neo4j.Reply(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]}}""");
        }
        _neo4j.Reply(HttpStatusCode.Accepted, """{"bookmarks":[]}""");

        await Store().UpsertDocumentAsync(document, None);

        Assert.Equal(CypherFiles.Statements("schema")[0], JsonDocument.Parse(_neo4j.Requests[0].Body!).RootElement.GetProperty("statement").GetString());
        var transaction = _neo4j.Requests.SkipWhile(request => !request.Path.EndsWith("/tx", StringComparison.Ordinal)).ToList();
        var statements = transaction.Skip(1).SkipLast(1).Select(request => JsonDocument.Parse(request.Body!).RootElement.GetProperty("statement").GetString()).ToList();
        Assert.Equal(CypherFiles.Statement("remove_document_relations"), statements[0]);
        Assert.Equal(CypherFiles.Statement("remove_document_nodes"), statements[1]);
        Assert.Equal(CypherFiles.Statement("upsert_nodes"), statements[2]);
        Assert.Contains(statements, statement => statement!.Contains("MERGE (a)-[r:AFFECTS]->(b)", StringComparison.Ordinal));
        Assert.EndsWith("/tx/t1/commit", transaction[^1].Path);
    }

    private (string Statement, JsonElement Parameters) Sent(int index)
    {
        var body = JsonDocument.Parse(_neo4j.Requests[index].Body!).RootElement;
        return (body.GetProperty("statement").GetString()!, body.GetProperty("parameters"));
    }

    private Neo4jGraphStore Store() => new(
        new Neo4jQueryClient(new HttpClient(_neo4j), Options.Create(new Neo4jOptions { Uri = new Uri("http://neo4j.test:7474"), Password = "x", RetryDelay = TimeSpan.Zero }),
            NullLogger<Neo4jQueryClient>.Instance),
        NullLogger<Neo4jGraphStore>.Instance);
}
