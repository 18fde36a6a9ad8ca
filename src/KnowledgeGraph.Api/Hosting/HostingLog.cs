namespace KnowledgeGraph.Api.Hosting;

internal static partial class HostingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Documents} documents from {Folder} at start-up ({Errors} refused)")]
    public static partial void StartupImported(ILogger logger, int documents, int errors, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The graph store is unavailable; the start-up import is tried again every {Seconds} s")]
    public static partial void StoreUnavailableAtStart(ILogger logger, Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The documents folder {Folder} does not exist; starting with an empty graph")]
    public static partial void NoDocumentsFolder(ILogger logger, string folder);
}
