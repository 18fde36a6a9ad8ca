using System.Text.RegularExpressions;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import;

/// <summary>Problems a challenge's own text defines ("Overreliance occurs when users …").</summary>
internal sealed partial class ItemExtractor
{
    /// <summary>
    /// A challenge's description often names the forms it takes and defines each: "Hallucinations occur when …",
    /// "A related issue is overreliance." Each term so defined is a challenge of its own, stated by its paragraph.
    /// English phrasing only: a Chinese definition (X是指…) defines technologies as often as problems.
    /// </summary>
    private static void AddDefinedProblems(Walk walk)
    {
        var text = walk.Text;
        foreach (var item in walk.Items.Where(item => item.Kind == NodeKind.Challenge && item.Whole).ToList())
        {
            foreach (var paragraph in item.Spans.Skip(1))
            {
                foreach (var sentence in Sentences.In(text, paragraph))
                {
                    if (!DefinitionWords.IsIn(sentence.SpanOf(text)) || DefinedProblem(sentence.Of(text)) is not { } term || ItemName.SameName(term, item.Name))
                    {
                        continue;
                    }
                    if (!walk.Items.Any(other => ItemName.SameName(other.Name, term)))
                    {
                        walk.Items.Add(new Item(NodeKind.Challenge, term, item.Section, [paragraph], sentence.Start));
                    }
                }
            }
        }
    }

    private const int MaxTermWords = 4;

    // The words every definition above holds: most sentences have none and are passed over without a string.
    private static readonly CueSet DefinitionWords = new([" occur", " arise", " happen", " issue is", " problem is", " risk is", " concern is", " challenge is"]);

    private static string? DefinedProblem(string sentence)
    {
        var match = Occurs().Match(sentence);
        if (!match.Success)
        {
            match = RelatedIssue().Match(sentence);
        }
        if (!match.Success)
        {
            return null;
        }
        var term = ItemName.Of(match.Groups["term"].Value);
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxTermWords && !Pronouns.Contains(words[0]) ? term : null;
    }

    private static readonly HashSet<string> Pronouns = new(["this", "it", "that", "these", "those", "they", "which", "what", "such"], StringComparer.OrdinalIgnoreCase);

    // "Overreliance occurs when …": the term opens the sentence.
    [GeneratedRegex(@"^(?:The |An? )?(?<term>[\p{L}\-]+(?: [\p{L}\-]+){0,3}) (?:occurs?|arises?|happens?) (?:when|if)\b")]
    private static partial Regex Occurs();

    // "A related issue is overreliance.": the term closes it.
    [GeneratedRegex(@"^(?:A|One|Another)(?: (?:related|further|common|major|key|second|third))? (?:issue|problem|risk|concern|challenge) is (?<term>[\p{L}\-]+(?: [\p{L}\-]+){0,3})\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedIssue();
}
