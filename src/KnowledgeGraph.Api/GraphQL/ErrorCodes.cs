namespace KnowledgeGraph.Api.GraphQL;

/// <summary>The <c>extensions.code</c> values this API sets.</summary>
public static class ErrorCodes
{
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string BadInput = "BAD_USER_INPUT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string NotFound = "NOT_FOUND";
    public const string RateLimited = "RATE_LIMITED";
}
