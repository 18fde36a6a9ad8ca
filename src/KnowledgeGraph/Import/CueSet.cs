using System.Buffers;

namespace KnowledgeGraph.Import;

/// <summary>
/// Finds whether a text contains any of a list of cue words, ignoring case. <see cref="SearchValues"/> has an
/// ignore-case mode, but it folds the case of every character, which is slow on Chinese text that has
/// none; here a text is lowered only when it has a character that lowering changes, then searched ordinally.
/// </summary>
internal sealed class CueSet(IEnumerable<string> cues)
{
    private readonly SearchValues<string> _cues =
        SearchValues.Create([.. cues.Where(cue => cue.Length > 0).Select(cue => cue.ToLowerInvariant()).Distinct()], StringComparison.Ordinal);

    public bool IsIn(ReadOnlySpan<char> text)
    {
        if (!MayHaveCase(text))
        {
            return text.ContainsAny(_cues);
        }
        Span<char> lowered = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        text.ToLowerInvariant(lowered);
        return ((ReadOnlySpan<char>)lowered).ContainsAny(_cues);
    }

    /// <summary>
    /// False when no character of the text changes when lowered: every character with case lies in these
    /// ranges (Latin, Greek, Cyrillic, Armenian, Georgian, Cherokee, Glagolitic, Coptic, Latin and Cyrillic
    /// extensions, full-width Latin, and anything outside the BMP); CJK text has none. A test checks the ranges.
    /// </summary>
    internal static bool MayHaveCase(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('A', 'Z')
        || text.ContainsAnyInRange('\u00c0', '\u2d2f')
        || text.ContainsAnyInRange('\ua640', '\ua7ff')
        || text.ContainsAnyInRange('\uff21', '\uff3a')
        || text.ContainsAnyInRange('\ud800', '\udfff');
}
