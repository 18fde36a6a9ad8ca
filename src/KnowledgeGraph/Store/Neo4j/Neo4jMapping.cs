using System.Text.Json;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>Between the graph model and Neo4j's properties (see <see cref="GraphProperties"/> for the shape).</summary>
internal static class Neo4jMapping
{
    public static Dictionary<string, object?> NodeRow(GraphNode node) => new()
    {
        ["id"] = node.Id,
        ["labels"] = GraphProperties.Labels(node.Kind).Split(':'),
        ["aliases"] = node.Aliases,
        ["props"] = GraphProperties.Of(node).Where(property => property.Value is not null && property.Key != "aliases")
            .ToDictionary(property => property.Key, property => property.Value),
    };

    public static Dictionary<string, object?> RelationRow(Relation relation)
    {
        var row = new Dictionary<string, object?> { ["from"] = relation.From, ["to"] = relation.To };
        foreach (var (key, value) in GraphProperties.Of(relation))
        {
            row[key] = value;
        }
        return row;
    }

    public static GraphNode ToNode(JsonElement map)
    {
        var kind = GraphNames.TryParseKind(Text(map, "kind") ?? "", out var parsed) ? parsed : throw new InvalidOperationException($"a node without a known kind: {map}");
        return new GraphNode
        {
            Id = Text(map, "id")!,
            Kind = kind,
            Key = Text(map, "key")!,
            Name = Text(map, "name")!,
            NameEn = Text(map, "nameEn"),
            Aliases = Texts(map, "aliases"),
            Description = Text(map, "description"),
            Title = Text(map, "title"),
            Source = Text(map, "source"),
            Language = Text(map, "language"),
            Path = Text(map, "path"),
            Heading = Text(map, "heading"),
            Text = Text(map, "text"),
            DocumentId = Text(map, "documentId"),
            ParentId = Text(map, "parentId"),
            Index = map.TryGetProperty("index", out var index) && index.ValueKind == JsonValueKind.Number ? index.GetInt32() : null,
            Url = Text(map, "url"),
            DocumentCount = map.TryGetProperty("sources", out var sources) && sources.ValueKind == JsonValueKind.Array ? sources.GetArrayLength() : 1,
        };
    }

    public static Relation ToRelation(Neo4jRow row) => ToRelation(row["type"].GetString()!, row["from"].GetString()!, row["to"].GetString()!, row["relation"]);

    public static Relation ToRelation(string type, string from, string to, JsonElement map)
    {
        var documents = Texts(map, "evidenceDocument");
        var sections = Texts(map, "evidenceSection");
        var sentences = Texts(map, "evidenceSentence");
        var starts = Numbers(map, "evidenceStart");
        var ends = Numbers(map, "evidenceEnd");
        var pages = Numbers(map, "evidencePage");
        var evidence = Enumerable.Range(0, documents.Count)
            .Select(i => new Evidence(documents[i], sections.ElementAtOrDefault(i) is { Length: > 0 } section ? section : null,
                sentences.ElementAtOrDefault(i) ?? "", starts.ElementAtOrDefault(i), ends.ElementAtOrDefault(i),
                pages.ElementAtOrDefault(i) is > 0 and var page ? page : null))
            .ToList();
        var confidence = map.TryGetProperty("confidence", out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : 0;
        return new Relation(GraphNames.TryParseRelationType(type, out var parsed) ? parsed : throw new InvalidOperationException($"unknown relationship type {type}"),
            from, to, confidence, evidence)
        {
            DocumentCount = Texts(map, "sources") is { Count: > 0 } sources ? sources.Distinct().Count() : documents.Distinct().Count(),
        };
    }

    /// <summary>One evidence entry of evidence_page.cypher: {document, section, sentence, start, end, page (0: none)}.</summary>
    public static Evidence ToEvidence(JsonElement map) => new(
        Text(map, "document")!,
        Text(map, "section") is { Length: > 0 } section ? section : null,
        Text(map, "sentence") ?? "",
        map.TryGetProperty("start", out var start) && start.ValueKind == JsonValueKind.Number ? start.GetInt32() : 0,
        map.TryGetProperty("end", out var end) && end.ValueKind == JsonValueKind.Number ? end.GetInt32() : 0,
        map.TryGetProperty("page", out var page) && page.ValueKind == JsonValueKind.Number && page.GetInt32() > 0 ? page.GetInt32() : null);

    private static string? Text(JsonElement map, string property) =>
        map.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Texts(JsonElement map, string property) =>
        map.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(item => item.GetString() ?? "")] : [];

    private static List<int> Numbers(JsonElement map, string property) =>
        map.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(item => item.GetInt32())] : [];
}
