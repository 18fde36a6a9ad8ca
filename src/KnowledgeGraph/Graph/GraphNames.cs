using System.Collections.Frozen;

namespace KnowledgeGraph.Graph;

/// <summary>The names kinds and relation types have outside C#: ids, exports, Cypher labels.</summary>
public static class GraphNames
{
    // Enum.ToString allocates on every call, and ids are built for every relation of every sentence.
    // (Declared first: the lookups below are built from them.)
    private static readonly string[] IdPrefixes = [.. Enum.GetValues<NodeKind>().Select(kind => kind.ToString().ToLowerInvariant())];
    private static readonly string[] UpperKindNames = [.. Enum.GetValues<NodeKind>().Select(kind => kind.ToString().ToUpperInvariant())];

    private static readonly FrozenDictionary<string, NodeKind> KindsByUpperName =
        Enum.GetValues<NodeKind>().ToFrozenDictionary(kind => kind.ToUpperName(), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, RelationType> TypesByUpperName =
        Enum.GetValues<RelationType>().ToFrozenDictionary(type => type.ToUpperName(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The id prefix: <c>industry</c> in <c>industry:finance</c>.</summary>
    public static string ToIdPrefix(this NodeKind kind) => IdPrefixes[(int)kind];

    /// <summary>TREND, CHALLENGE, …: the export and GraphQL spelling.</summary>
    public static string ToUpperName(this NodeKind kind) => UpperKindNames[(int)kind];

    /// <summary>The Neo4j label: Trend, Challenge, ….</summary>
    public static string ToLabel(this NodeKind kind) => kind.ToString();

    /// <summary>MITIGATES, MENTIONED_IN, …: the export, GraphQL and Neo4j spelling.</summary>
    public static string ToUpperName(this RelationType type) => type switch
    {
        RelationType.MentionedIn => "MENTIONED_IN",
        RelationType.PartOf => "PART_OF",
        _ => type.ToString().ToUpperInvariant(),
    };

    public static bool IsConcept(this NodeKind kind) => kind is NodeKind.Trend or NodeKind.Challenge or NodeKind.Industry or NodeKind.Technology;

    public static bool TryParseKind(string name, out NodeKind kind) => KindsByUpperName.TryGetValue(name, out kind);

    public static bool TryParseRelationType(string name, out RelationType type) => TypesByUpperName.TryGetValue(name, out type);
}
