using KnowledgeGraph.Graph;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeGraph.Ontology;

/// <summary>Reads an ontology file; the default one ships inside the assembly so the CLI and API need no path.</summary>
public static class OntologyLoader
{
    private const string DefaultResource = "KnowledgeGraph.Ontology.llm.yaml";

    public static Ontology LoadDefault()
    {
        using var stream = typeof(OntologyLoader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"{DefaultResource} is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "llm.yaml");
    }

    public static Ontology Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new OntologyException($"{path}: ontology file not found");
        }
        return Parse(File.ReadAllText(path), path);
    }

    public static Ontology Parse(string yaml, string source)
    {
        OntologyFile file;
        try
        {
            file = new StaticDeserializerBuilder(new OntologyYamlContext())
                .WithNamingConvention(CamelCaseNamingConvention.Instance)
                .Build()
                .Deserialize<OntologyFile?>(yaml) ?? throw new OntologyException($"{source}: the file is empty");
        }
        catch (YamlException ex)
        {
            throw new OntologyException($"{source}: {ex.Message}", ex);
        }

        var ontology = new Ontology
        {
            Name = file.Name ?? Path.GetFileNameWithoutExtension(source),
            Industries = file.Industries.Select(entry => entry.ToEntity(NodeKind.Industry, source)).ToList(),
            Technologies = file.Technologies.Select(entry => entry.ToEntity(NodeKind.Technology, source)).ToList(),
            NotTechnologies = file.NotTechnologies,
            SectionCues = new SectionCues
            {
                Trends = file.SectionCues.Trends,
                Challenges = file.SectionCues.Challenges,
                References = file.SectionCues.References,
                Mitigations = file.SectionCues.Mitigations,
                NonItems = file.SectionCues.NonItems,
                Qualifiers = file.SectionCues.Qualifiers,
                KeyPoints = file.SectionCues.KeyPoints,
            },
            MitigationCues = file.MitigationCues,
            StatementCues = new StatementCues
            {
                Trends = file.StatementCues.Trends,
                Challenges = file.StatementCues.Challenges,
                Meta = file.StatementCues.Meta,
                Conclusions = file.StatementCues.Conclusions,
                Problems = file.StatementCues.Problems,
                Examples = file.StatementCues.Examples,
            },
            Enumeration = new Enumeration { Opening = file.Enumeration.Opening, Continuing = file.Enumeration.Continuing, ClauseOpeners = file.Enumeration.ClauseOpeners },
            ChallengeThemes = file.Themes.Challenges.Select(entry => entry.ToTheme(NodeKind.Challenge, source)).ToList(),
            TrendThemes = file.Themes.Trends.Select(entry => entry.ToTheme(NodeKind.Trend, source)).ToList(),
            Boilerplate = new Boilerplate
            {
                Navigation = file.Boilerplate.Navigation,
                Related = file.Boilerplate.Related,
                Disclaimer = file.Boilerplate.Disclaimer,
                CallToAction = file.Boilerplate.CallToAction,
            },
        };
        EnsureUniqueKeys(ontology, source);
        return ontology;
    }

    private static void EnsureUniqueKeys(Ontology ontology, string source)
    {
        var keys = ontology.Industries.Select(entity => NodeId.For(entity.Kind, entity.Key))
            .Concat(ontology.Technologies.Select(entity => NodeId.For(entity.Kind, entity.Key)))
            .Concat(ontology.ChallengeThemes.Concat(ontology.TrendThemes).Select(theme => NodeId.For(theme.Kind, theme.Key)));
        var duplicate = keys.GroupBy(id => id).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new OntologyException($"{source}: key {duplicate.Key} is defined twice");
        }
    }

    // The YAML shape, kept apart from the model so the model can stay immutable.
    internal sealed class OntologyFile
    {
        public string? Name { get; set; }
        public List<EntityEntry> Industries { get; set; } = [];
        public List<EntityEntry> Technologies { get; set; } = [];
        public List<string> NotTechnologies { get; set; } = [];
        public CuesEntry SectionCues { get; set; } = new();
        public List<string> MitigationCues { get; set; } = [];
        public StatementCuesEntry StatementCues { get; set; } = new();
        public EnumerationEntry Enumeration { get; set; } = new();
        public ThemesEntry Themes { get; set; } = new();
        public BoilerplateEntry Boilerplate { get; set; } = new();
    }

    internal class EntityEntry
    {
        public string? Key { get; set; }
        public string? Name { get; set; }
        public string? NameEn { get; set; }
        public List<string> Aliases { get; set; } = [];

        public Entity ToEntity(NodeKind kind, string source) => new(kind, RequireKey(source), Name ?? RequireKey(source), NameEn, Aliases);

        protected string RequireKey(string source) =>
            string.IsNullOrWhiteSpace(Key) || NodeId.Slug(Key) != Key
                ? throw new OntologyException($"{source}: '{Key}' is not a key (lower case letters, digits, '-' and '_')")
                : Key;
    }

    internal sealed class ThemeEntry : EntityEntry
    {
        public List<string> Terms { get; set; } = [];

        public Theme ToTheme(NodeKind kind, string source) =>
            new(kind, RequireKey(source), Name ?? RequireKey(source), NameEn, Aliases, Terms.Count > 0 ? Terms : [Name ?? RequireKey(source)]);
    }

    internal sealed class CuesEntry
    {
        public List<string> Trends { get; set; } = [];
        public List<string> Challenges { get; set; } = [];
        public List<string> References { get; set; } = [];
        public List<string> Mitigations { get; set; } = [];
        public List<string> NonItems { get; set; } = [];
        public List<string> Qualifiers { get; set; } = [];
        public List<string> KeyPoints { get; set; } = [];
    }

    internal sealed class StatementCuesEntry
    {
        public List<string> Trends { get; set; } = [];
        public List<string> Challenges { get; set; } = [];
        public List<string> Meta { get; set; } = [];
        public List<string> Conclusions { get; set; } = [];
        public List<string> Problems { get; set; } = [];
        public List<string> Examples { get; set; } = [];
    }

    internal sealed class EnumerationEntry
    {
        public List<string> Opening { get; set; } = [];
        public List<string> Continuing { get; set; } = [];
        public List<string> ClauseOpeners { get; set; } = [];
    }

    internal sealed class ThemesEntry
    {
        public List<ThemeEntry> Challenges { get; set; } = [];
        public List<ThemeEntry> Trends { get; set; } = [];
    }

    internal sealed class BoilerplateEntry
    {
        public List<string> Navigation { get; set; } = [];
        public List<string> Related { get; set; } = [];
        public List<string> Disclaimer { get; set; } = [];
        public List<string> CallToAction { get; set; } = [];
    }
}
