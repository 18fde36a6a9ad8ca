using System.Buffers.Text;
using System.Text;

namespace KnowledgeGraph.Store;

/// <summary>Opaque paging cursors: the last node id of a page, base64url so clients do not build them.</summary>
public static class Cursor
{
    /// <summary>A cursor after a node in a ranked order: its rank value (a count or a name) and its id.</summary>
    public static string Encode(string rank, string id) => Encode($"{rank}{Separator}{id}");

    /// <summary>The rank value and id of a ranked cursor; the id alone for an id-ordered one.</summary>
    public static (string? Rank, string Id)? DecodeRanked(string? cursor) => Decode(cursor) is { } value
        ? value.IndexOf(Separator, StringComparison.Ordinal) is var at and >= 0 ? (value[..at], value[(at + 1)..]) : (null, value)
        : null;

    private const char Separator = '\u001f';

    public static string Encode(string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(id));

    public static string? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            throw new ArgumentException($"'{cursor}' is not a cursor this service issued", nameof(cursor));
        }
    }
}
