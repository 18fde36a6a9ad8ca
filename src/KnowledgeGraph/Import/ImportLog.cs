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

    /// <summary>A reader threw instead of refusing the file: kept with its stack, since the reader should be taught to refuse it.</summary>
    [LoggerMessage(Level = LogLevel.Error, Message = "Reading {Source} failed")]
    public static partial void ReaderFailed(ILogger logger, Exception exception, string source);
}
