using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import;

/// <summary>Which kind of item a heading announces, from the ontology's cue words.</summary>
internal sealed class HeadingCues(Ontology.Ontology ontology)
{
    private readonly CueSet _trends = new(ontology.SectionCues.Trends);
    private readonly CueSet _challenges = new(ontology.SectionCues.Challenges);

    public NodeKind? KindOf(string heading)
    {
        var trends = _trends.IsIn(heading);
        var challenges = _challenges.IsIn(heading);
        // "趋势与挑战" announces both: its subsections say which is which.
        return (trends, challenges) switch
        {
            (true, false) => NodeKind.Trend,
            (false, true) => NodeKind.Challenge,
            _ => null,
        };
    }
}
