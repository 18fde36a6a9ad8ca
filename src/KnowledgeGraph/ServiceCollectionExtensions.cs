using KnowledgeGraph.Import;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Embedded;
using KnowledgeGraph.Store.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph;

public static class ServiceCollectionExtensions
{
    /// <summary>The ontology, the importer and the store chosen by <see cref="KnowledgeGraphOptions.Store"/>.</summary>
    public static IServiceCollection AddKnowledgeGraph(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeGraphOptions>()
            .Validate(options => options.MaxDocumentBytes > 0, $"{KnowledgeGraphOptions.Section}:MaxDocumentBytes must be positive");
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<KnowledgeGraphOptions>>().Value.Ontology is { Length: > 0 } path
            ? OntologyLoader.Load(path)
            : OntologyLoader.LoadDefault());
        services.AddSingleton(provider => new DocumentImporter(provider.GetRequiredService<Ontology.Ontology>()));
        services.AddSingleton(provider => new DocumentReader(provider.GetRequiredService<IOptions<KnowledgeGraphOptions>>().Value.MaxDocumentBytes));
        services.AddSingleton<ImportService>();
        services.AddSingleton<DocumentLibrary>();
        services.AddSingleton<EmbeddedGraphStore>();
        services.AddOptions<Neo4jOptions>()
            .Validate(options => options.Uri.IsAbsoluteUri, $"{Neo4jOptions.Section}:Uri must be an absolute URI");
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<Neo4jOptions>>();
            // One long-lived HttpClient over a pooled handler, the recommended shape for a singleton (DNS changes still seen).
            var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = options.Value.Timeout };
            return new Neo4jQueryClient(http, options, provider.GetRequiredService<ILogger<Neo4jQueryClient>>());
        });
        services.AddSingleton<Neo4jGraphStore>();
        // The store is chosen from options when it is first needed, so configuration read later still counts.
        services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<IOptions<KnowledgeGraphOptions>>().Value.Store switch
        {
            StoreKind.Neo4j => provider.GetRequiredService<Neo4jGraphStore>(),
            _ => provider.GetRequiredService<EmbeddedGraphStore>(),
        });
        return services;
    }
}
