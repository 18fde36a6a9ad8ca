namespace KnowledgeGraph.Api;

/// <summary>The <c>KnowledgeGraph:Api</c> section: the mutation key and the limits that keep a query from hurting the server.</summary>
public sealed class ApiOptions
{
    public const string Section = "KnowledgeGraph:Api";

    /// <summary>Mutations need this in the <c>X-Api-Key</c> header; empty refuses every mutation. Never logged.</summary>
    public string ApiKey { get; set; } = "";

    public int MaxDepth { get; set; } = 10;
    public int MaxComplexity { get; set; } = 20_000;
    public int MaxPageSize { get; set; } = 500;
    public int MaxNeighborhoodDepth { get; set; } = 3;
    public int MaxPathHops { get; set; } = 8;
    /// <summary>The largest request body read, in bytes (an imported document travels in one).</summary>
    public long MaxRequestBytes { get; set; } = 2 * 1024 * 1024;
    public int TimeoutSeconds { get; set; } = 10;
    /// <summary>Keep answers to repeated queries until the graph changes (only for a store that versions its writes).</summary>
    public bool CacheResponses { get; set; } = true;
    /// <summary>Mutations allowed per minute across all callers; more get RATE_LIMITED.</summary>
    public int MutationsPerMinute { get; set; } = 60;
}
