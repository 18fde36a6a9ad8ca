using System.Collections.Concurrent;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>The statements of <c>cypher/*.cypher</c>, embedded in the assembly: the store runs the very files a user reads.</summary>
public static class CypherFiles
{
    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    /// <summary>A one-statement file's text (its header comments included: Cypher ignores them).</summary>
    public static string Statement(string name) => Texts.GetOrAdd(name, Read);

    /// <summary>A file of several statements, each ending with ';' at the end of a line, comments dropped.</summary>
    public static IReadOnlyList<string> Statements(string name) =>
    [
        .. string.Join("\n", Statement(name).Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            .Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(statement => statement.TrimEnd(';'))
            .Where(statement => statement.Length > 0),
    ];

    private static string Read(string name)
    {
        using var stream = typeof(CypherFiles).Assembly.GetManifestResourceStream($"KnowledgeGraph.Cypher.{name}.cypher")
            ?? throw new InvalidOperationException($"cypher/{name}.cypher is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
