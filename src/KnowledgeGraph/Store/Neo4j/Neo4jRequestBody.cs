using System.Collections;
using System.Net.Http.Headers;
using System.Text.Json;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// A Query API request body, <c>{"statement": …, "parameters": {…}}</c>, written value by value. Parameters are what
/// Cypher takes — null, text, numbers, booleans, lists and maps of them — so a writer of those few shapes replaces
/// the reflection serializer, which a native (AOT) build does not have. Anything else is a bug of ours, and says so.
/// </summary>
internal static class Neo4jRequestBody
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    public static HttpContent Statement(string statement, IReadOnlyDictionary<string, object?> parameters) =>
        Content(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement);
            writer.WritePropertyName("parameters");
            WriteValue(writer, parameters);
            writer.WriteEndObject();
        });

    /// <summary><c>{}</c>: opening or committing a transaction sends no statement.</summary>
    public static HttpContent Empty() => Content(writer =>
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    });

    private static ByteArrayContent Content(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = JsonType;
        return content;
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"a Cypher parameter of type {value.GetType().Name}: send text, numbers, booleans, lists or maps");
        }
    }
}
