using KnowledgeGraph.Import;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Embedded;
using Microsoft.Extensions.DependencyInjection;
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
        // The store is chosen from options when it is first needed; Neo4j joins StoreKind with its own issue.
        services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<EmbeddedGraphStore>());
        return services;
    }
}
