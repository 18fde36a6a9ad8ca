using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Graph;

/// <summary>Stable node ids, <c>"&lt;kind&gt;:&lt;key&gt;"</c>, the same in every store and every re-import.</summary>
public static class NodeId
{
    public static string For(NodeKind kind, string key) => string.Concat(kind.ToIdPrefix(), ":", key);

    public static bool TryParse(string id, out NodeKind kind, out string key)
    {
        kind = default;
        key = "";
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == id.Length - 1 || !GraphNames.TryParseKind(id[..colon], out kind))
        {
            return false;
        }
        key = id[(colon + 1)..];
        return true;
    }

    /// <summary>
    /// A deterministic key from a name as written: lower case, letters (any script), digits, <c>_</c> and
    /// <c>-</c> kept, every other run of characters one <c>-</c>. <c>agent_原理</c> stays <c>agent_原理</c>.
    /// </summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingDash = false;
        Span<char> lower = stackalloc char[2];
        foreach (var rune in name.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var keep = Rune.IsLetterOrDigit(rune) || rune.Value is '_' or '-'
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (!keep)
            {
                pendingDash = builder.Length > 0;
                continue;
            }
            if (pendingDash && rune.Value != '-')
            {
                builder.Append('-');
            }
            pendingDash = false;
            builder.Append(lower[..Rune.ToLowerInvariant(rune).EncodeToUtf16(lower)]);
        }
        return builder.ToString().Trim('-');
    }
}
