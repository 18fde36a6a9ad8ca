namespace KnowledgeGraph.Import;

/// <summary>
/// Invariant lower case by table. <see cref="string.ToLowerInvariant()"/> asks ICU for any non-ASCII text,
/// which costs more than the matching it prepares; the table asks ICU once per character at start-up.
/// Characters outside the BMP are left as they are (no report names things in Deseret).
/// </summary>
internal static class Lowercase
{
    private static readonly char[] Table = Build();

    // Which characters some other character lowers to (a, because of A): only those need a text lowered to be compared.
    private static readonly bool[] LoweredFromOthers = Targets();

    public static char Of(char c) => Table[c];

    /// <summary>Whether no other character lowers to <paramref name="c"/> (中, 1, ,): a text holds it only as itself.</summary>
    public static bool IsCaseless(char c) => !LoweredFromOthers[c];

    public static string Of(string text) => string.Create(text.Length, text, static (lowered, source) => Into(source, lowered));

    public static void Into(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = Table[source[i]];
        }
    }

    /// <summary>Every character whose lower case is one of <paramref name="lowered"/> (A and a for a).</summary>
    public static IEnumerable<char> CharsLoweringTo(IEnumerable<char> lowered)
    {
        var targets = lowered.ToHashSet();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (targets.Contains(Table[c]))
            {
                yield return (char)c;
            }
        }
    }

    private static bool[] Targets()
    {
        var targets = new bool[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (Table[c] != c)
            {
                targets[Table[c]] = true;
            }
        }
        return targets;
    }

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }
        return table;
    }
}
