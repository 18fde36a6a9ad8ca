namespace KnowledgeGraph.Graph;

/// <summary>
/// One node of any kind. Concepts use the common fields; documents, sections and references also fill
/// the fields of their kind, so every store and exporter handles one shape.
/// </summary>
public sealed record GraphNode
{
    public required string Id { get; init; }
    public required NodeKind Kind { get; init; }
    public required string Key { get; init; }
    /// <summary>As written in the source (a theme's canonical name when several spellings merged).</summary>
    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Description { get; init; }
    /// <summary>How many documents name this node: 1 in one document's graph, the contributing documents' count in a store.</summary>
    public int DocumentCount { get; init; } = 1;

    // Document
    public string? Title { get; init; }
    public string? Source { get; init; }
    public string? Language { get; init; }

    // Section
    public string? Path { get; init; }
    public string? Heading { get; init; }
    public string? Text { get; init; }
    public string? DocumentId { get; init; }
    public string? ParentId { get; init; }

    // Reference
    public int? Index { get; init; }
    public string? Url { get; init; }

    public static GraphNode Concept(NodeKind kind, string key, string name, string? nameEn = null,
        IReadOnlyList<string>? aliases = null, string? description = null) => new()
    {
        Id = NodeId.For(kind, key),
        Kind = kind,
        Key = key,
        Name = name,
        NameEn = nameEn,
        Aliases = aliases ?? [],
        Description = description,
    };
}
