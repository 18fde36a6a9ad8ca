using KnowledgeGraph.Import;

namespace KnowledgeGraph;

public enum StoreKind
{
    /// <summary>In-process, no server: the default.</summary>
    Embedded,
    /// <summary>Neo4j through its HTTP Query API (<c>KnowledgeGraph:Neo4j</c>).</summary>
    Neo4j,
}

/// <summary>The <c>KnowledgeGraph</c> configuration section.</summary>
public sealed class KnowledgeGraphOptions
{
    public const string Section = "KnowledgeGraph";

    /// <summary>Where the graph lives; the embedded in-process store needs no server.</summary>
    public StoreKind Store { get; set; } = StoreKind.Embedded;

    /// <summary>The folder of reports imported at start-up (the API) and written to by imports through the API.</summary>
    public string Documents { get; set; } = "seeds";

    /// <summary>An ontology file; empty for the built-in LLM ontology.</summary>
    public string? Ontology { get; set; }

    /// <summary>Files over this size are refused before they are read.</summary>
    public long MaxDocumentBytes { get; set; } = DocumentReader.DefaultMaxBytes;
}
