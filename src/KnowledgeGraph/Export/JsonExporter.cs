using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Export;

/// <summary>
/// <c>{"nodes":[…],"relations":[…]}</c> with upper-case kinds and types, evidence pointing at document
/// node ids, and Chinese written as itself rather than <c>\uXXXX</c>.
/// </summary>
public sealed partial class JsonExporter : IGraphExporter
{
    // The writer is generated at build time (no reflection: the native command line exports too).
    private static readonly JsonTypeInfo<JsonGraph> Graph = new JsonGraphContext(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    }).JsonGraph;

    public async Task WriteAsync(Subgraph graph, Stream output, CancellationToken cancellationToken) =>
        await JsonSerializer.SerializeAsync(output, ToDocument(graph), Graph, cancellationToken);

    public static string Serialize(Subgraph graph) => JsonSerializer.Serialize(ToDocument(graph), Graph);

    [JsonSerializable(typeof(JsonGraph))]
    private sealed partial class JsonGraphContext : JsonSerializerContext;

    private static JsonGraph ToDocument(Subgraph graph) => new(
        [.. graph.Nodes.Select(node => new JsonNode(node.Id, node.Kind.ToUpperName(), node.Key, node.Name, node.NameEn,
            node.Kind.IsConcept() ? node.Aliases : null, node.Description, node.Title, node.Source, node.Language,
            node.Path, node.Heading, node.Text, node.DocumentId, node.ParentId, node.Index, node.Url))],
        [.. graph.Relations.Select(relation => new JsonRelation(relation.Type.ToUpperName(), relation.From, relation.To, relation.Confidence,
            [.. relation.Evidence.Select(evidence => new JsonEvidence(evidence.DocumentId, evidence.SectionId, evidence.Sentence, evidence.Start, evidence.End, evidence.Page))]))]);

    private sealed record JsonGraph(IReadOnlyList<JsonNode> Nodes, IReadOnlyList<JsonRelation> Relations);

    private sealed record JsonNode(string Id, string Kind, string Key, string Name, string? NameEn, IReadOnlyList<string>? Aliases,
        string? Description, string? Title, string? Source, string? Language, string? Path, string? Heading, string? Text,
        string? Document, string? Parent, int? Index, string? Url);

    private sealed record JsonRelation(string Type, string From, string To, double Confidence, IReadOnlyList<JsonEvidence> Evidence);

    private sealed record JsonEvidence(string Document, string? Section, string Sentence, int Start, int End, int? Page);
}
