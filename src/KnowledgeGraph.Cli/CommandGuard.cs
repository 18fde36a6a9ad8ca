using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Cli;

/// <summary>Turns the failures a user can fix (a bad ontology, an unwritable output) into one line and exit 1.</summary>
internal static class CommandGuard
{
    public static async Task<int> RunAsync(TextWriter errors, Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (Exception ex) when (ex is OntologyException or IOException or UnauthorizedAccessException or Store.GraphStoreUnavailableException)
        {
            await errors.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }
}
