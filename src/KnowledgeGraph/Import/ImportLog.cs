using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Import;

internal static partial class ImportLog
{
    [LoggerMessage(Level = LogLevel.Information,
        Message = "Imported {Source}: {Sections} sections, {Nodes} nodes, {Relations} relations in {ElapsedMs} ms")]
    public static partial void Imported(ILogger logger, string source, int sections, int nodes, int relations, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {Source}: {Reason}")]
    public static partial void Refused(ILogger logger, string source, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import of {Source} warns: {Warning}")]
    public static partial void Warned(ILogger logger, string source, string warning);
}
