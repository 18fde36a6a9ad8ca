using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Export;

/// <summary>Cypher literals for the export script: every string quoted and escaped, never spliced raw.</summary>
public static class CypherLiteral
{
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return builder.Append('\'').ToString();
    }

    public static string Value(object? value) => value switch
    {
        null => "null",
        string text => String(text),
        int number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("0.0###", CultureInfo.InvariantCulture),
        IEnumerable<string> texts => $"[{string.Join(", ", texts.Select(String))}]",
        IEnumerable<int> numbers => $"[{string.Join(", ", numbers.Select(number => number.ToString(CultureInfo.InvariantCulture)))}]",
        _ => throw new ArgumentException($"no Cypher literal for {value.GetType().Name}", nameof(value)),
    };

    /// <summary><c>{a: 1, b: 'x'}</c>, leaving out null values (Neo4j stores no nulls).</summary>
    public static string Map(IEnumerable<(string Key, object? Value)> entries) =>
        "{" + string.Join(", ", entries.Where(entry => entry.Value is not null).Select(entry => $"{entry.Key}: {Value(entry.Value)}")) + "}";
}
