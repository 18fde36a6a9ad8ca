using System.Buffers;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import;

/// <summary>Which kind of item a heading announces, from the ontology's cue words.</summary>
internal sealed class HeadingCues(Ontology.Ontology ontology)
{
    private readonly SearchValues<string> _trends = SearchValues.Create([.. ontology.SectionCues.Trends], StringComparison.OrdinalIgnoreCase);
    private readonly SearchValues<string> _challenges = SearchValues.Create([.. ontology.SectionCues.Challenges], StringComparison.OrdinalIgnoreCase);

    public NodeKind? KindOf(string heading)
    {
        var trends = heading.AsSpan().ContainsAny(_trends);
        var challenges = heading.AsSpan().ContainsAny(_challenges);
        // "趋势与挑战" announces both: its subsections say which is which.
        return (trends, challenges) switch
        {
            (true, false) => NodeKind.Trend,
            (false, true) => NodeKind.Challenge,
            _ => null,
        };
    }
}
