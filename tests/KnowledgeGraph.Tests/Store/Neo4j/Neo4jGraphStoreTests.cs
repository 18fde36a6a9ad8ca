using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// The store contract against a live Neo4j 5.26+ named by NEO4J_URI (its HTTP address, e.g.
/// http://localhost:7474) with NEO4J_USER and NEO4J_PASSWORD; GitHub Actions runs it with a neo4j service.
/// Each test starts from an empty database: point it at a throwaway one.
/// </summary>
[RequiresEnvironment("NEO4J_URI", "NEO4J_URI is not set: no Neo4j server to run the store contract against (it runs on GitHub Actions with a neo4j service)")]
public sealed class Neo4jGraphStoreTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var client = new Neo4jQueryClient(new HttpClient(), Options.Create(new Neo4jOptions
        {
            Uri = new Uri(Environment.GetEnvironmentVariable("NEO4J_URI")!),
            User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
        }), NullLogger<Neo4jQueryClient>.Instance);
        var store = new Neo4jGraphStore(client, NullLogger<Neo4jGraphStore>.Instance);
        await store.EnsureSchemaAsync(CancellationToken.None);
        await client.RunAsync("MATCH (n) DETACH DELETE n", null, CancellationToken.None);
        return store;
    }
}
