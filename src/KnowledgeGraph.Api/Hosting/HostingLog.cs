namespace KnowledgeGraph.Api.Hosting;

internal static partial class HostingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Documents} documents from {Folder} at start-up ({Errors} refused)")]
    public static partial void StartupImported(ILogger logger, int documents, int errors, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The documents folder {Folder} does not exist; starting with an empty graph")]
    public static partial void NoDocumentsFolder(ILogger logger, string folder);
}
