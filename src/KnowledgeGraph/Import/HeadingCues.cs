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
    private readonly CueSet _remedyVerbs = new(ontology.MitigationCues.Where(cue => HeadingText.HasCjk(cue)));

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
        if ((_mitigations.IsIn(heading) && IsRemediesHeading(heading)) || IsMethodsOfARemedyVerb(heading))
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

    /// <summary>Words that may follow a remedy word at the end of a remedies heading ("防范方法", "风险的防范和缓解").</summary>
    public static readonly string[] RemedyJoints = ["方法", "策略", "手段", "措施", "建议", "思路", "路径", "途径", "之道", "实践", "的", "和", "与", "及", "、"];

    /// <summary>
    /// A Chinese phrase ends with its head: "面向企业解决方案的AI" is about AI, "应对建议" and "数据泄露风险的防范和
    /// 缓解" about remedies. A remedy word heads a Chinese heading when only joints and other remedy words follow
    /// it, or opens it as a verb ("防范数据泄露"). English headings keep the cue wherever it stands.
    /// </summary>
    private bool IsRemediesHeading(string heading)
    {
        if (!HeadingText.HasCjk(heading))
        {
            return true;
        }
        var words = heading.AsSpan().Trim();
        foreach (var (start, end) in _mitigations.Occurrences(words))
        {
            if (start == 0 || IsOnlyJoints(words[end..]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Nouns for a way of doing something: after a verb of remedy they name the remedies ("幻觉检测方法", "风险缓解策略").</summary>
    private static readonly string[] MethodNouns = ["方法", "策略", "手段", "措施", "思路", "路径", "途径"];

    /// <summary>
    /// "幻觉检测方法", "偏见消除策略": a heading that ends in a verb of remedy (the ontology's mitigation cues) and a noun
    /// for a way of doing it is about the remedies, though it holds none of the section cue words.
    /// </summary>
    private bool IsMethodsOfARemedyVerb(string heading)
    {
        if (!HeadingText.HasCjk(heading))
        {
            return false;
        }
        var words = heading.AsSpan().Trim();
        foreach (var (_, end) in _remedyVerbs.Occurrences(words))
        {
            var rest = words[end..];
            foreach (var noun in MethodNouns)
            {
                if (rest.StartsWith(noun, StringComparison.Ordinal) && IsOnlyJoints(rest[noun.Length..]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private bool IsOnlyJoints(ReadOnlySpan<char> rest)
    {
        while (true)
        {
            var trimmed = TrimNonWords(rest);
            if (trimmed.Length == 0)
            {
                return true;
            }
            var joint = JointAt(trimmed);
            if (joint is null)
            {
                var cues = _mitigations.Occurrences(trimmed);
                if (cues.Count == 0 || cues[0].Start != 0)
                {
                    return false;
                }
                rest = trimmed[cues[0].End..];
                continue;
            }
            rest = trimmed[joint.Length..];
        }
    }

    private static string? JointAt(ReadOnlySpan<char> text)
    {
        foreach (var joint in RemedyJoints)
        {
            if (text.StartsWith(joint, StringComparison.Ordinal))
            {
                return joint;
            }
        }
        return null;
    }

    // Punctuation, spaces and pictographs ("应对建议 💡:") end a heading without being words.
    private static ReadOnlySpan<char> TrimNonWords(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }
        return text[start..];
    }

    private static bool IsShort(string heading)
    {
        var cjk = HeadingText.CountCjk(heading);
        return cjk > 0 ? cjk <= MaxNonItemCjk : heading.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxNonItemWords;
    }
}
