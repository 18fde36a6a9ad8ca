using KnowledgeGraph.Graph;
using KnowledgeGraph.Import;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Store.Embedded;

namespace KnowledgeGraph.Tests.Support;

/// <summary>The built-in ontology and importer, and a store holding the seeds, shared by the tests that read them.</summary>
public static class Importing
{
    public static Ontology.Ontology Ontology { get; } = OntologyLoader.LoadDefault();

    public static DocumentImporter Importer { get; } = new(Ontology);

    public static DocumentGraph Import(string text, string source = "sample.md") => Importer.Import(source, text);

    public static DocumentGraph ImportSeed(string path) => Importer.Import(Path.GetFileName(path), File.ReadAllText(path));

    public static async Task<EmbeddedGraphStore> SeedStoreAsync()
    {
        var store = new EmbeddedGraphStore();
        await store.UpsertDocumentAsync(ImportSeed(TestPaths.Seed000), CancellationToken.None);
        await store.UpsertDocumentAsync(ImportSeed(TestPaths.Seed001), CancellationToken.None);
        return store;
    }

    public static IEnumerable<GraphNode> OfKind(this DocumentGraph graph, NodeKind kind) => graph.Nodes.Where(node => node.Kind == kind);

    public static bool Has(this DocumentGraph graph, RelationType type, string from, string to) =>
        graph.Relations.Any(relation => relation.Type == type && relation.From == from && relation.To == to);
}
