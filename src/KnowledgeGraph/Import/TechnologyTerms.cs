using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import;

/// <summary>
/// Technologies a sentence names that the ontology does not list: acronyms (RAG, MoE, RLHF, DP-SGD),
/// spelled out where the text does so ("Parameter-efficient Fine-tuning (PEFT)"). The acronym is the key,
/// so RAG written either way is one node.
/// </summary>
internal sealed partial class TechnologyTerms(Ontology.Ontology ontology)
{
    private const int MinSentenceSpaces = 4;
    private const int MinSentenceCjk = 8;

    private readonly HashSet<string> _notTechnologies = ontology.NotTechnologies.ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="text">The normalized text.</param>
    /// <param name="sentence">The sentence (or name) to look in.</param>
    /// <param name="isName">The span is a countermeasure's name, not a sentence: its acronym is what it is named after.</param>
    public IEnumerable<(string Key, string Name)> In(string text, TextSpan sentence, bool isName = false)
    {
        if (!HasTwoCapitals(text.AsSpan(sentence.Start, sentence.Length)))
        {
            yield break;
        }
        var value = sentence.Of(text);
        // "(Ref. link: BBC)", a caption, a name in a list: an acronym says it is a technology only in a sentence.
        if (!isName && value.Count(c => c == ' ') < MinSentenceSpaces && HeadingText.CountCjk(value) < MinSentenceCjk)
        {
            yield break;
        }
        foreach (Match match in Acronym().Matches(value))
        {
            var acronym = match.Groups["a"].Value;
            if (acronym.Count(char.IsAsciiLetterUpper) < 2 || _notTechnologies.Contains(acronym) || _notTechnologies.Contains(acronym.TrimEnd('s')))
            {
                continue;
            }
            yield return (Graph.NodeId.Slug(acronym), SpelledOut(value, match) ?? acronym);
        }
    }

    // Every acronym has two capitals within a few letters; most sentences have none and cost one scan.
    private static bool HasTwoCapitals(ReadOnlySpan<char> value)
    {
        for (var at = value.IndexOfAnyInRange('A', 'Z'); at >= 0 && at + 1 < value.Length;)
        {
            var window = value.Slice(at + 1, Math.Min(4, value.Length - at - 1));
            if (window.IndexOfAnyInRange('A', 'Z') >= 0)
            {
                return true;
            }
            var next = value[(at + 1)..].IndexOfAnyInRange('A', 'Z');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>"Retrieval-Augmented Generation (RAG)": the words before the parenthesis whose initials spell the acronym.</summary>
    private static string? SpelledOut(string value, Match match)
    {
        var acronym = match.Groups["a"].Value;
        if (match.Index == 0 || value[match.Index - 1] != '(')
        {
            return null;
        }
        var before = value[..(match.Index - 1)].TrimEnd();
        var words = before.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var letters = acronym.Where(char.IsAsciiLetterUpper).Select(char.ToLowerInvariant).ToArray();
        if (letters.Length > words.Length)
        {
            return null;
        }
        // Walk back over the words while their initials match the acronym's capitals from the end.
        var taken = 0;
        for (var l = letters.Length - 1; l >= 0; l--)
        {
            var word = words[^(taken + 1)];
            if (char.ToLowerInvariant(word[0]) != letters[l])
            {
                return null;
            }
            taken++;
        }
        var start = before.Length;
        for (var w = 0; w < taken; w++)
        {
            start = before.LastIndexOf(words[^(w + 1)], start - 1, StringComparison.Ordinal);
        }
        return $"{before[start..]} ({acronym})";
    }

    [GeneratedRegex(@"(?<![\p{L}\d-])(?<a>[A-Z][A-Za-z]{0,3}[A-Z](?:-[A-Z]{2,5})?s?)(?![\p{L}\d])")]
    private static partial Regex Acronym();
}
