using System.Text;

namespace KnowledgeGraph.Store;

/// <summary>
/// A node query's filters and order as one string, the page (<c>First</c>, <c>After</c>) left out: the key under
/// which a store keeps the query's ranked answer. Two queries with the same key match the same nodes in the same order.
/// </summary>
internal static class NodeQueryKey
{
    private const char Separator = '\u001f';
    private const string None = "\u001e";

    public static string Of(NodeQuery query)
    {
        var key = new StringBuilder("nodes");
        Add(key, query.Kind.ToString());
        Add(key, query.NameContains);
        Add(key, query.Keys);
        Add(key, query.AffectsIndustries);
        Add(key, query.AffectsAllIndustries);
        Add(key, query.Mitigates);
        Add(key, query.MitigatedBy);
        Add(key, query.InDocument);
        Add(key, query.Documents);
        Add(key, query.Language);
        Add(key, query.OrderBy.ToString());
        Add(key, query.Descending ? "desc" : "asc");
        return key.ToString();
    }

    // Lengths first: a value holding the separator cannot make two keys read alike.
    private static void Add(StringBuilder key, string? value)
    {
        key.Append(Separator);
        if (value is null)
        {
            key.Append(None);
            return;
        }
        key.Append(value.Length).Append(':').Append(value);
    }

    private static void Add(StringBuilder key, IReadOnlyList<string>? values)
    {
        key.Append(Separator);
        if (values is null)
        {
            key.Append(None);
            return;
        }
        key.Append(values.Count);
        foreach (var value in values)
        {
            key.Append(':').Append(value.Length).Append(':').Append(value);
        }
    }
}
