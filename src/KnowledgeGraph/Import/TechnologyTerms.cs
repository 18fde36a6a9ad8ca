using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import;

/// <summary>
/// Technologies a sentence names that the ontology does not list: acronyms (RAG, MoE, RLHF, DP-SGD),
/// spelled out where the text does so ("Parameter-efficient Fine-tuning (PEFT)"). The acronym is the key,
/// so RAG written either way is one node.
/// </summary>
internal sealed partial class TechnologyTerms(Ontology.Ontology ontology)
{
    private readonly HashSet<string> _notTechnologies = ontology.NotTechnologies.ToHashSet(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<(string Key, string Name)> In(string text, TextSpan sentence)
    {
        var value = sentence.Of(text);
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
