namespace KnowledgeGraph.Store.Neo4j;

/// <summary>The <c>KnowledgeGraph:Neo4j</c> section.</summary>
public sealed class Neo4jOptions
{
    public const string Section = "KnowledgeGraph:Neo4j";

    /// <summary>The HTTP address of the server (port 7474), not the Bolt one.</summary>
    public Uri Uri { get; set; } = new("http://localhost:7474");
    public string Database { get; set; } = "neo4j";
    public string User { get; set; } = "neo4j";
    /// <summary>Never logged, never destructured.</summary>
    public string Password { get; set; } = "";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Transient failures (Neo.TransientError.*, 503, refused connections) are tried this many more times.</summary>
    public int MaxRetries { get; set; } = 3;
    /// <summary>The first back-off; it doubles, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
