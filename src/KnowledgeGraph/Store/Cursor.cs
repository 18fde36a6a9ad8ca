using System.Text;

namespace KnowledgeGraph.Store;

/// <summary>Opaque paging cursors: the last node id of a page, base64url so clients do not build them.</summary>
public static class Cursor
{
    public static string Encode(string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(id)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }
        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - base64.Length % 4) % 4);
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            throw new ArgumentException($"'{cursor}' is not a cursor this service issued", nameof(cursor));
        }
    }
}
