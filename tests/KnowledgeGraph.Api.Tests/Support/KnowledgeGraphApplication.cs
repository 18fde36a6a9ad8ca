using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Store;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>
/// The API in memory, importing a copy of seeds/ from a folder of its own (mutations write there, never
/// into the repository). Settings go in through host configuration so they apply before Program reads them
/// (dotnet/aspnetcore#37680).
/// </summary>
public class KnowledgeGraphApplication : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-0123456789";

    private readonly Dictionary<string, string?> _settings;

    public KnowledgeGraphApplication() : this([])
    {
    }

    /// <param name="settings">Configuration on top of the defaults.</param>
    /// <param name="documents">An existing documents folder to start from (a restart); by default a fresh copy of seeds/.</param>
    internal KnowledgeGraphApplication(Dictionary<string, string?> settings, string? documents = null)
    {
        Documents = documents ?? Directory.CreateTempSubdirectory("kg-api-docs-").FullName;
        if (documents is null)
        {
            foreach (var seed in Directory.GetFiles(TestPaths.Seeds, "*.txt"))
            {
                File.Copy(seed, Path.Combine(Documents, Path.GetFileName(seed)));
            }
        }
        _settings = new Dictionary<string, string?>
        {
            ["KnowledgeGraph:Documents"] = Documents,
            ["KnowledgeGraph:Api:ApiKey"] = ApiKey,
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    public string Documents { get; }

    /// <summary>How many parsed and validated query documents the API keeps.</summary>
    public int KeptDocuments => Services.GetServices<global::GraphQL.DI.IConfigureExecution>().OfType<KnowledgeGraph.Api.GraphQL.DocumentCache>().Single().Count;

    /// <summary>How many query operations have their parsed arguments kept.</summary>
    public int KeptArgumentValues => ((KnowledgeGraph.Api.GraphQL.ArgumentValueReuse)Services.GetRequiredService<global::GraphQL.Validation.IDocumentValidator>()).Count;

    /// <summary>Every call the API makes to the store, by method name.</summary>
    public CountingGraphStore? Counter { get; private set; }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(_settings));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IGraphStore>();
            services.AddSingleton<IGraphStore>(provider => Counter = new CountingGraphStore(
                provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<KnowledgeGraphOptions>>().Value.Store == StoreKind.Neo4j
                    ? provider.GetRequiredService<KnowledgeGraph.Store.Neo4j.Neo4jGraphStore>()
                    : provider.GetRequiredService<KnowledgeGraph.Store.Embedded.EmbeddedGraphStore>()));
        });

    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var body = await PostAsync(query, variables);
        if (body.TryGetProperty("errors", out var errors))
        {
            Assert.Fail(errors.ToString());
        }
        return body.GetProperty("data");
    }

    public async Task<JsonElement> PostAsync(string query, object? variables = null, string? apiKey = null, string? operationName = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables, operationName }) };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }
        using var response = await client.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Keeps the documents folder when this instance is disposed, for a restart on it.</summary>
    public bool KeepDocuments { get; set; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepDocuments && Directory.Exists(Documents))
        {
            Directory.Delete(Documents, recursive: true);
        }
    }
}
