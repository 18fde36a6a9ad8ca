namespace KnowledgeGraph.Api.GraphQL;

/// <summary>What the endpoint learned about the caller, for resolvers: only whether mutations are allowed.</summary>
public sealed class GraphQLUserContext : Dictionary<string, object?>
{
    public required ApiKeyCheck ApiKey { get; init; }
}

public enum ApiKeyCheck
{
    /// <summary>No key is configured: mutations are refused for everyone.</summary>
    NotConfigured,
    Missing,
    Wrong,
    Valid,
}
