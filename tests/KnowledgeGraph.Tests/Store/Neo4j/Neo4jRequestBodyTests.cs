using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>The hand-written request body against System.Text.Json's own serializer, on the rows a real document sends.</summary>
public sealed class Neo4jRequestBodyTests
{
    [Fact]
    public async Task AnUpsertsRowsAreWrittenAsTheSerializerWritesThem()
    {
        var graph = Importing.ImportSeed(TestPaths.Seed001);
        var parameters = new Dictionary<string, object?>
        {
            ["document"] = graph.Document.Id,
            ["nodes"] = graph.Nodes.Select(Neo4jMapping.NodeRow).ToList(),
            ["rows"] = graph.Relations.Select(Neo4jMapping.RelationRow).ToList(),
            ["limit"] = 5L,
            ["exact"] = true,
            ["none"] = null,
        };

        var written = await Neo4jRequestBody.Statement("RETURN 1", parameters).ReadAsStringAsync();

        var expected = JsonSerializer.SerializeToNode(new { statement = "RETURN 1", parameters });
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(written)), written[..Math.Min(400, written.Length)]);
        Assert.Contains("\"evidenceSentence\":[", written);
    }

    [Fact]
    public void AValueCypherCannotTakeIsRefused()
    {
        var error = Assert.Throws<NotSupportedException>(() => Neo4jRequestBody.Statement("RETURN $when", new Dictionary<string, object?> { ["when"] = DateTime.UnixEpoch }));

        Assert.Contains("DateTime", error.Message);
    }
}
