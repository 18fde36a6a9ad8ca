using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Evaluation;

/// <summary>A concept of a gold file: a trend or challenge the report states.</summary>
public sealed record GoldConcept(string Id, string Name, IReadOnlyList<string> Aliases, string Evidence, bool Required);

/// <summary>An AFFECTS or MITIGATES relation the report states; ends are concept ids or names.</summary>
public sealed record GoldRelation(string Type, string From, string To, bool Required);

public sealed record GoldReference(string Index, string Title);

/// <summary>
/// One report's hand annotation, in the format of the corpus README: what a careful reader finds in it.
/// Read loosely (unknown keys are ignored) so annotators can add notes.
/// </summary>
public sealed record GoldFile(
    string Document,
    IReadOnlyList<GoldConcept> Required,
    IReadOnlyList<GoldConcept> Optional,
    IReadOnlyList<GoldRelation> Relations,
    IReadOnlyList<GoldRelation> OptionalRelations,
    IReadOnlyList<GoldReference> References,
    IReadOnlyList<string> CitedIndexes)
{
    public static GoldFile Parse(string yaml, string source)
    {
        object? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count > 0 ? Untyped(stream.Documents[0].RootNode) : null;
        }
        catch (YamlException ex)
        {
            throw new FormatException($"{source}: {ex.Message}", ex);
        }
        if (root is not Dictionary<object, object> map)
        {
            throw new FormatException($"{source}: a gold file is a mapping (doc, trends, challenges, relations, …)");
        }
        var concepts = Items(map, "trends").Concat(Items(map, "challenges")).Select(Concept).ToList();
        var optional = Items(map, "optional_trends").Concat(Items(map, "optional_challenges")).Select(item => Concept(item) with { Required = false });
        return new GoldFile(
            Text(map, "doc") ?? throw new FormatException($"{source}: no 'doc' (the report's path, relative to the corpus folder)"),
            [.. concepts.Where(concept => concept.Required)],
            [.. concepts.Where(concept => !concept.Required).Concat(optional)],
            [.. Items(map, "relations").Select(Relation)],
            [.. Items(map, "optional_relations").Select(item => Relation(item) with { Required = false })],
            [.. Items(map, "references").Select(item => new GoldReference(Text(item, "index") ?? "", Text(item, "title") ?? ""))],
            [.. Items(map, "citations").SelectMany(item => item.TryGetValue("cites", out var cites) && cites is List<object> list ? list.Select(index => $"{index}") : []).Distinct()]);
    }

    /// <summary>
    /// A YAML node as mappings, lists and strings, as an untyped deserializer gives them. Read from YamlDotNet's node
    /// model, which needs no reflection: the native (AOT) build of the command line reads gold files too.
    /// </summary>
    private static object? Untyped(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children
            .Where(pair => Untyped(pair.Key) is not null)
            .GroupBy(pair => Untyped(pair.Key)!)
            .ToDictionary(group => group.Key, group => Untyped(group.Last().Value)!),
        YamlSequenceNode sequence => sequence.Children.Select(child => Untyped(child)!).ToList(),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" } => null,
        YamlScalarNode scalar => scalar.Value,
        _ => null,
    };

    private static GoldConcept Concept(Dictionary<object, object> item) => new(
        Text(item, "id") ?? "",
        Text(item, "name") ?? "",
        item.TryGetValue("aliases", out var aliases) && aliases is List<object> list ? [.. list.Select(alias => $"{alias}")] : [],
        Text(item, "evidence") ?? "",
        IsRequired(item));

    private static GoldRelation Relation(Dictionary<object, object> item) =>
        new(Text(item, "type") ?? "", Text(item, "from") ?? "", Text(item, "to") ?? "", IsRequired(item));

    private static bool IsRequired(Dictionary<object, object> item) =>
        !(Text(item, "required") is { } required && required.Equals("false", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<Dictionary<object, object>> Items(Dictionary<object, object> map, string key) =>
        map.TryGetValue(key, out var value) && value is List<object> list ? list.OfType<Dictionary<object, object>>() : [];

    private static string? Text(Dictionary<object, object> map, string key) =>
        map.TryGetValue(key, out var value) && value is not null and not List<object> and not Dictionary<object, object> ? $"{value}" : null;
}
