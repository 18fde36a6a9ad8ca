using System.Text.Json;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>A statement's plain-JSON result: the column names and one array of values per row.</summary>
public sealed class Neo4jResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement> rows)
{
    public static Neo4jResult Empty { get; } = new([], []);

    public IReadOnlyList<string> Fields => fields;

    public int Count => rows.Count;

    /// <summary>Each row as a column-name lookup.</summary>
    public IEnumerable<Neo4jRow> Rows => rows.Select(row => new Neo4jRow(fields, row));
}

public readonly struct Neo4jRow(IReadOnlyList<string> fields, JsonElement values)
{
    public JsonElement this[string field]
    {
        get
        {
            for (var i = 0; i < fields.Count; i++)
            {
                if (fields[i] == field)
                {
                    return values[i];
                }
            }
            throw new KeyNotFoundException($"no column '{field}' in the result ({string.Join(", ", fields)})");
        }
    }
}
