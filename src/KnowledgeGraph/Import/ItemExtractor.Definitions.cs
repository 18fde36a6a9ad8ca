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

    /// <summary>
    /// "… addressing challenges such as catastrophic forgetting and negative transfer", "数据隐私、AI伦理等关键问题":
    /// a sentence of an item that names problems by example names challenges. When a trend's sentence says it
    /// addresses them (a verb of remedy, no turn against it), the trend mitigates each.
    /// </summary>
    private void AddExampleProblems(Walk walk)
    {
        var text = walk.Text;
        foreach (var item in walk.Items.ToList())
        {
            foreach (var span in item.Spans)
            {
                foreach (var sentence in Sentences.In(text, span))
                {
                    var value = sentence.SpanOf(text);
                    if (!ExampleWords.IsIn(value))
                    {
                        continue;
                    }
                    var addressed = item.Kind == NodeKind.Trend && _remedyVerbs.IsIn(value) && !_contrasts.IsIn(value[..Math.Min(value.Length, ContrastOpening)]);
                    foreach (var term in StatedMitigation.ExampleProblemsIn(value.ToString()))
                    {
                        var name = ItemName.Of(term);
                        if (name.Length >= MinStatementName && !ItemName.SameName(name, item.Name) && !walk.Items.Any(other => ItemName.SameName(other.Name, name)))
                        {
                            walk.Items.Add(new Item(NodeKind.Challenge, name, item.Section, [sentence], sentence.Start) { AddressedBy = addressed ? item : null });
                        }
                    }
                }
            }
        }
    }

    private static readonly CueSet ExampleWords = new([" such as ", " like ", " including ", "等问题", "等风险", "等挑战", "等关键问题", "等主要问题", "等难题"]);

    // "However, challenges such as … exist": a sentence that turns against what was just said.
    private readonly CueSet _contrasts = new(["however", "but ", "yet ", "but,", "although", "though", "但", "但是", "然而", "不过", "可是", "尽管", "虽然"]);

    private const int ContrastOpening = 8;

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
