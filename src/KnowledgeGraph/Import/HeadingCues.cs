using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import;

/// <summary>What a heading announces, from the ontology's cue words.</summary>
internal enum HeadingRole
{
    None,
    Trends,
    Challenges,
    /// <summary>Remedies: the section's parts are countermeasures.</summary>
    Mitigations,
    /// <summary>A frame (引言, 原因分析, Summary): never an item itself.</summary>
    NonItem,
    /// <summary>The report's main points at a glance (重点概览, Key takeaways): each point is an item.</summary>
    KeyPoints,
}

/// <summary>Which kind of item a heading announces, from the ontology's cue words.</summary>
internal sealed class HeadingCues(Ontology.Ontology ontology)
{
    /// <summary>A frame heading is short: "原因分析", "本章小结", "Overview" — not "背景知识不足导致的幻觉".</summary>
    private const int MaxNonItemCjk = 6;
    private const int MaxNonItemWords = 3;

    private readonly CueSet _trends = new(ontology.SectionCues.Trends);
    private readonly CueSet _challenges = new(ontology.SectionCues.Challenges);
    private readonly CueSet _mitigations = new(ontology.SectionCues.Mitigations);
    private readonly CueSet _nonItems = new(ontology.SectionCues.NonItems);
    private readonly CueSet _keyPoints = new(ontology.SectionCues.KeyPoints);

    public NodeKind? KindOf(string heading) => RoleOf(heading) switch
    {
        HeadingRole.Trends => NodeKind.Trend,
        HeadingRole.Challenges => NodeKind.Challenge,
        _ => null,
    };

    /// <summary>A title announces what the report is about: "…的安全挑战及应对建议" is about challenges, remedies or not.</summary>
    public NodeKind? KindOfTitle(string title) => (_trends.IsIn(title), _challenges.IsIn(title)) switch
    {
        (true, false) => NodeKind.Trend,
        (false, true) => NodeKind.Challenge,
        _ => null,
    };

    public bool HasChallengeCue(ReadOnlySpan<char> text) => _challenges.IsIn(text);

    public bool HasTrendCue(ReadOnlySpan<char> text) => _trends.IsIn(text);

    public HeadingRole RoleOf(string heading)
    {
        if (heading.Length == 0)
        {
            return HeadingRole.None;
        }
        if (_mitigations.IsIn(heading))
        {
            return HeadingRole.Mitigations;
        }
        if (IsShort(heading) && _keyPoints.IsIn(heading))
        {
            return HeadingRole.KeyPoints;
        }
        if (IsShort(heading) && _nonItems.IsIn(heading))
        {
            return HeadingRole.NonItem;
        }
        var trends = _trends.IsIn(heading);
        var challenges = _challenges.IsIn(heading);
        // "趋势与挑战" announces both: its subsections say which is which.
        return (trends, challenges) switch
        {
            (true, false) => HeadingRole.Trends,
            (false, true) => HeadingRole.Challenges,
            _ => HeadingRole.None,
        };
    }

    private static bool IsShort(string heading)
    {
        var cjk = HeadingText.CountCjk(heading);
        return cjk > 0 ? cjk <= MaxNonItemCjk : heading.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxNonItemWords;
    }
}
