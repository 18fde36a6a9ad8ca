using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace KnowledgeGraph.Import;

/// <summary>
/// Finds whether a text contains any of a list of cue words, ignoring case as <see cref="Lowercase"/> does.
/// A vectorized jump to the characters that can start a cue (in either case), then a comparison of the few
/// cues starting there. <see cref="SearchValues"/>' own multi-string search walks Chinese text through a
/// dictionary lookup per character; cue words are rare, so jumping between their first characters is cheaper.
/// English cues start with common letters, though, so whether any occurs is asked of that search (vectorized for
/// ASCII words), and the jump is kept for the others.
/// </summary>
internal sealed class CueSet
{
    private readonly FirstCharacters _all;
    private readonly SearchValues<string>? _asciiCues;
    private readonly FirstCharacters? _otherCues;

    /// <summary>A lowered cue, and whether it holds no letter that has an upper case (Chinese): then the text is compared as it is.</summary>
    private readonly record struct Cue(string Lowered, bool Caseless);

    public CueSet(IEnumerable<string> cues)
    {
        var lowered = cues.Where(cue => cue.Length > 0).Select(Lowercase.Of).Distinct().ToList();
        _all = new FirstCharacters(lowered);
        var ascii = lowered.Where(cue => Ascii.IsValid(cue)).ToArray();
        var others = lowered.Where(cue => !Ascii.IsValid(cue)).ToList();
        _asciiCues = ascii.Length > 0 ? SearchValues.Create(ascii, StringComparison.OrdinalIgnoreCase) : null;
        _otherCues = others.Count > 0 ? new FirstCharacters(others) : null;
    }

    public bool IsIn(ReadOnlySpan<char> text)
    {
        if (_asciiCues is not null && text.ContainsAny(_asciiCues))
        {
            return true;
        }
        var offset = 0;
        return _otherCues is not null && _otherCues.TryNext(text, ref offset, out _);
    }

    /// <summary>How many cue occurrences the text holds (a longer cue wins where two start at one place; they do not overlap).</summary>
    public int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var offset = 0;
        while (_all.TryNext(text, ref offset, out _))
        {
            count++;
        }
        return count;
    }

    /// <summary>Where the cues occur, as <see cref="Count"/> counts them: (start, end) in text order.</summary>
    public List<(int Start, int End)> Occurrences(ReadOnlySpan<char> text)
    {
        var found = new List<(int Start, int End)>();
        var offset = 0;
        while (_all.TryNext(text, ref offset, out var start))
        {
            found.Add((start, offset));
        }
        return found;
    }

    /// <summary>Cues by the characters that can start them: a vectorized jump between those, then the few cues starting there.</summary>
    private sealed class FirstCharacters
    {
        private readonly SearchValues<char> _firstChars;
        // Lowered cues by their first character, longest first; by the text's own character, so a hit needs no lowering.
        private readonly FrozenDictionary<char, Cue[]> _byFirst;

        public FirstCharacters(IEnumerable<string> loweredCues)
        {
            var byLoweredFirst = loweredCues.GroupBy(cue => cue[0])
                .ToDictionary(group => group.Key, group => group.OrderByDescending(cue => cue.Length)
                    .Select(cue => new Cue(cue, cue.All(Lowercase.IsCaseless))).ToArray());
            var firstChars = Lowercase.CharsLoweringTo(byLoweredFirst.Keys).ToList();
            _byFirst = firstChars.ToFrozenDictionary(c => c, c => byLoweredFirst[Lowercase.Of(c)]);
            _firstChars = SearchValues.Create([.. firstChars]);
        }

        /// <summary>The next cue at or after <paramref name="offset"/>: its start, and <paramref name="offset"/> moved to its end.</summary>
        public bool TryNext(ReadOnlySpan<char> text, ref int offset, out int start)
        {
            while (offset < text.Length && text[offset..].IndexOfAny(_firstChars) is var found and >= 0)
            {
                var at = offset + found;
                offset = at + 1;
                foreach (var cue in _byFirst[text[at]])
                {
                    if (StartsAt(text, at, cue))
                    {
                        start = at;
                        offset = at + cue.Lowered.Length;
                        return true;
                    }
                }
            }
            start = -1;
            return false;
        }
    }

    private static bool StartsAt(ReadOnlySpan<char> text, int at, Cue cue)
    {
        var loweredCue = cue.Lowered;
        if (text.Length - at < loweredCue.Length)
        {
            return false;
        }
        if (cue.Caseless)
        {
            return text.Slice(at, loweredCue.Length).SequenceEqual(loweredCue);
        }
        for (var i = 0; i < loweredCue.Length; i++)
        {
            if (Lowercase.Of(text[at + i]) != loweredCue[i])
            {
                return false;
            }
        }
        return true;
    }
}
