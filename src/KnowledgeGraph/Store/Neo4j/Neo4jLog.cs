using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Store.Neo4j;

internal static partial class Neo4jLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j request failed ({ErrorType}: {Reason}); attempt {Attempt} follows")]
    public static partial void Retrying(ILogger logger, int attempt, string errorType, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied the Neo4j schema ({Statements} statements)")]
    public static partial void SchemaApplied(ILogger logger, int statements);
}
