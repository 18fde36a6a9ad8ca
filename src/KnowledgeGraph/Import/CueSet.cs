using System.Buffers;

namespace KnowledgeGraph.Import;

/// <summary>
/// Finds whether a text contains any of a list of cue words, ignoring case: one pass over the text
/// lowered by <see cref="Lowercase"/>, instead of one search per cue. (<see cref="SearchValues"/>' own
/// ignore-case mode folds every character through a slow path on Chinese text.)
/// </summary>
internal sealed class CueSet(IEnumerable<string> cues)
{
    private readonly SearchValues<string> _cues =
        SearchValues.Create([.. cues.Where(cue => cue.Length > 0).Select(Lowercase.Of).Distinct()], StringComparison.Ordinal);

    public bool IsIn(ReadOnlySpan<char> text)
    {
        Span<char> lowered = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        Lowercase.Into(text, lowered);
        return ((ReadOnlySpan<char>)lowered).ContainsAny(_cues);
    }
}
