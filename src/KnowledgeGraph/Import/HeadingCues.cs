using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import;

/// <summary>Which kind of item a heading announces, from the ontology's cue words.</summary>
internal sealed class HeadingCues(Ontology.Ontology ontology)
{
    public NodeKind? KindOf(string heading)
    {
        var trends = ontology.SectionCues.Trends.Any(cue => heading.Contains(cue, StringComparison.OrdinalIgnoreCase));
        var challenges = ontology.SectionCues.Challenges.Any(cue => heading.Contains(cue, StringComparison.OrdinalIgnoreCase));
        // "趋势与挑战" announces both: its subsections say which is which.
        return (trends, challenges) switch
        {
            (true, false) => NodeKind.Trend,
            (false, true) => NodeKind.Challenge,
            _ => null,
        };
    }
}
