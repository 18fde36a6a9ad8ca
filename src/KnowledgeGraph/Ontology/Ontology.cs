using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Ontology;

/// <summary>The domain knowledge the importer applies, loaded from one YAML file (see <c>llm.yaml</c>).</summary>
public sealed class Ontology
{
    public required string Name { get; init; }
    public IReadOnlyList<Entity> Industries { get; init; } = [];
    public IReadOnlyList<Entity> Technologies { get; init; } = [];
    /// <summary>Acronyms that are not technologies (AI, LLM, CEO): never a Technology node of their own.</summary>
    public IReadOnlyList<string> NotTechnologies { get; init; } = [];
    public SectionCues SectionCues { get; init; } = new();
    public IReadOnlyList<string> MitigationCues { get; init; } = [];
    /// <summary>Words by which a sentence states a trend or a challenge where no heading announces one.</summary>
    public StatementCues StatementCues { get; init; } = new();
    public Enumeration Enumeration { get; init; } = new();
    public IReadOnlyList<Theme> ChallengeThemes { get; init; } = [];
    public IReadOnlyList<Theme> TrendThemes { get; init; } = [];
    public Boilerplate Boilerplate { get; init; } = new();

    public IReadOnlyList<Theme> ThemesFor(NodeKind kind) => kind switch
    {
        NodeKind.Challenge => ChallengeThemes,
        NodeKind.Trend => TrendThemes,
        _ => [],
    };
}

/// <summary>A named industry or technology with a stable English key.</summary>
public sealed record Entity(NodeKind Kind, string Key, string Name, string? NameEn, IReadOnlyList<string> Aliases)
{
    public IEnumerable<string> AllNames => Aliases.Prepend(Name).Concat(NameEn is null ? [] : [NameEn]);
}

/// <summary>A canonical trend or challenge; <see cref="Terms"/> are the words that place an item in it.</summary>
public sealed record Theme(NodeKind Kind, string Key, string Name, string? NameEn, IReadOnlyList<string> Aliases, IReadOnlyList<string> Terms);

public sealed record SectionCues
{
    public IReadOnlyList<string> Trends { get; init; } = [];
    public IReadOnlyList<string> Challenges { get; init; } = [];
    public IReadOnlyList<string> References { get; init; } = [];
    /// <summary>A heading that offers remedies (对策, Mitigation): its parts are countermeasures, not challenges.</summary>
    public IReadOnlyList<string> Mitigations { get; init; } = [];
    /// <summary>A heading that frames rather than lists (引言, Summary, 原因分析): never an item itself.</summary>
    public IReadOnlyList<string> NonItems { get; init; } = [];
    /// <summary>A heading over the report's main points (重点概览, Key takeaways): each point is an item.</summary>
    public IReadOnlyList<string> KeyPoints { get; init; } = [];
    /// <summary>Words that qualify a cue without naming anything ("主要挑战", "Key challenges").</summary>
    public IReadOnlyList<string> Qualifiers { get; init; } = [];
}

public sealed record StatementCues
{
    public IReadOnlyList<string> Trends { get; init; } = [];
    public IReadOnlyList<string> Challenges { get; init; } = [];
    /// <summary>A sentence about the report itself ("本文…", "In this section…") states nothing of the field.</summary>
    public IReadOnlyList<string> Meta { get; init; } = [];
    /// <summary>Words that open the author's conclusion (所以, 总之, So): such a sentence states the point.</summary>
    public IReadOnlyList<string> Conclusions { get; init; } = [];
    /// <summary>
    /// Phrasings that state a problem outright ("X suffers from Y", "受限于"): inside a trend's text such a sentence
    /// names the challenge the trend answers. Narrower than <see cref="Challenges"/>, whose words a trend's own
    /// sentences use in passing.
    /// </summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
    /// <summary>Words that open an example ("例如", "For example"): such a sentence illustrates the statement before it.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];
}

public sealed record Enumeration
{
    public IReadOnlyList<string> Opening { get; init; } = [];
    public IReadOnlyList<string> Continuing { get; init; } = [];
    public IReadOnlyList<string> ClauseOpeners { get; init; } = [];
}

public sealed record Boilerplate
{
    public IReadOnlyList<string> Navigation { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    public IReadOnlyList<string> Disclaimer { get; init; } = [];
    public IReadOnlyList<string> CallToAction { get; init; } = [];
}
