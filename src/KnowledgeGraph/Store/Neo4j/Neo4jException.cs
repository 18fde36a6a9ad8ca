namespace KnowledgeGraph.Store.Neo4j;

/// <summary>An error Neo4j reported, with its status code (<c>Neo.ClientError.Statement.SyntaxError</c>, …).</summary>
public sealed class Neo4jException(string code, string message, int httpStatus) : Exception($"{code}: {message}")
{
    public string Code { get; } = code;
    public int HttpStatus { get; } = httpStatus;

    /// <summary>Worth trying again: Neo4j says so (it arrives as HTTP 400), or the server is overloaded or restarting.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || HttpStatus is 502 or 503 or 504;

    public bool IsAuthentication => HttpStatus == 401 || Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal);
}
