using System.Runtime.InteropServices;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Import;

/// <summary>
/// The relations a document's sentences justify: MENTIONED_IN and CITES for every section; AFFECTS,
/// INVOLVES, MITIGATES and CITES for every trend or challenge, each with the sentence that says so.
/// </summary>
internal sealed class RelationExtractor
{
    private const double Certain = 1.0;
    private const double NamedInTitle = 0.9;
    private const double NamedInText = 0.8;
    private const double TrendMitigation = 0.7;
    private const double TechnologyMitigation = 0.6;

    private readonly EntityMatcher _entities;
    private readonly ThemeMatcher _themes;
    private readonly Dictionary<Entity, GraphNode> _entityNodes;
    private readonly CueSet _mitigationCues;

    public RelationExtractor(Ontology.Ontology ontology)
    {
        _entities = new EntityMatcher(ontology);
        _themes = new ThemeMatcher(ontology);
        _mitigationCues = new CueSet(ontology.MitigationCues);
        _entityNodes = ontology.Industries.Concat(ontology.Technologies).Distinct()
            .ToDictionary(entity => entity, entity => GraphNode.Concept(entity.Kind, entity.Key, entity.Name, entity.NameEn, entity.Aliases));
    }

    /// <summary>One document's state while its relations are collected.</summary>
    public sealed record Scope(GraphBuilder Graph, string Text, Dictionary<int, string> References, List<string> Warnings)
    {
        /// <summary>Every name found so far, sentence after sentence; <see cref="NamesBySentence"/> says where each sentence's run is.</summary>
        public List<(Entity Entity, TextSpan Match)> Names { get; } = [];
        public Dictionary<TextSpan, (int Start, int Count)> NamesBySentence { get; } = [];
        /// <summary>Scratch lists, reused sentence after sentence.</summary>
        public List<TextSpan> Sentences { get; } = [];
        public List<string> Technologies { get; } = [];
    }

    public void AddMentionsAndCitations(Scope scope, Section section, string sectionId)
    {
        var (graph, text, references, warnings) = scope;
        var sentences = scope.Sentences;
        sentences.Clear();
        if (section.Parent is not null)
        {
            Sentences.AddTo(sentences, text, section.HeadingSpan);
        }
        foreach (var span in section.Body)
        {
            Sentences.AddTo(sentences, text, span);
        }
        foreach (var sentence in sentences)
        {
            foreach (var (entity, _) in NamesIn(scope, sentence))
            {
                var node = ToNode(entity);
                graph.Add(node);
                graph.Relate(RelationType.MentionedIn, node.Id, sectionId, Certain, sectionId, sentence);
            }
            foreach (var (number, _) in Citations.In(text, sentence))
            {
                if (references.TryGetValue(number, out var referenceId))
                {
                    graph.Relate(RelationType.Cites, sectionId, referenceId, Certain, sectionId, sentence);
                }
                else
                {
                    warnings.Add($"citation [{number}] has no entry in a reference list");
                }
            }
        }
    }

    public void AddItem(Scope scope, Item item, string sectionId)
    {
        var (graph, text, references, _) = scope;
        var theme = _themes.Match(item.Kind, item.Name);
        var key = theme?.Key ?? NodeId.Slug(item.Name);
        if (key.Length == 0)
        {
            return;
        }
        var sentences = scope.Sentences;
        sentences.Clear();
        foreach (var span in item.Spans)
        {
            Sentences.AddTo(sentences, text, span);
        }
        var id = NodeId.For(item.Kind, key);
        var described = Describe(text, sentences, item.DescriptionStart);
        graph.Add(GraphNode.Concept(item.Kind, key, theme?.Name ?? item.Name, theme?.NameEn,
            [.. (theme?.Aliases ?? []).Append(item.Name).Where(alias => alias != (theme?.Name ?? item.Name)).Distinct()],
            described));
        graph.Relate(RelationType.MentionedIn, id, sectionId, Certain, sectionId, sentences[0]);

        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var named = i == 0 ? NamedInTitle : NamedInText;
            var technologies = scope.Technologies;
            technologies.Clear();
            foreach (var (entity, _) in NamesIn(scope, sentence))
            {
                var node = ToNode(entity);
                graph.Add(node);
                var target = node.Id;
                graph.Relate(entity.Kind == NodeKind.Industry ? RelationType.Affects : RelationType.Involves, id, target, named, sectionId, sentence);
                if (entity.Kind == NodeKind.Technology)
                {
                    technologies.Add(target);
                }
            }
            if (_mitigationCues.IsIn(sentence.SpanOf(text)))
            {
                foreach (var challenge in _themes.Mentioned(NodeKind.Challenge, sentence.Of(text)))
                {
                    var challengeId = NodeId.For(NodeKind.Challenge, challenge.Key);
                    if (challengeId == id)
                    {
                        continue;
                    }
                    graph.Add(GraphNode.Concept(NodeKind.Challenge, challenge.Key, challenge.Name, challenge.NameEn, challenge.Aliases));
                    if (item.Kind == NodeKind.Trend)
                    {
                        graph.Relate(RelationType.Mitigates, id, challengeId, TrendMitigation, sectionId, sentence);
                    }
                    foreach (var technology in technologies)
                    {
                        graph.Relate(RelationType.Mitigates, technology, challengeId, TechnologyMitigation, sectionId, sentence);
                    }
                }
            }
            foreach (var (number, _) in Citations.In(text, sentence))
            {
                if (references.TryGetValue(number, out var referenceId))
                {
                    graph.Relate(RelationType.Cites, id, referenceId, Certain, sectionId, sentence);
                }
            }
        }
    }

    // Items' sentences are sections' sentences too: each is scanned for names once per document.
    private ReadOnlySpan<(Entity Entity, TextSpan Match)> NamesIn(Scope scope, TextSpan sentence)
    {
        if (!scope.NamesBySentence.TryGetValue(sentence, out var run))
        {
            var start = scope.Names.Count;
            _entities.Find(scope.Text, sentence, scope.Names);
            run = (start, scope.Names.Count - start);
            scope.NamesBySentence[sentence] = run;
        }
        return CollectionsMarshal.AsSpan(scope.Names).Slice(run.Start, run.Count);
    }

    /// <summary>The item's first sentence of its own words, without citation markers, at most 200 characters.</summary>
    private static string? Describe(string text, List<TextSpan> sentences, int from)
    {
        foreach (var sentence in sentences)
        {
            if (sentence.End <= from)
            {
                continue;
            }
            var words = text.AsSpan(Math.Max(sentence.Start, from), sentence.End - Math.Max(sentence.Start, from)).TrimStart(", :");
            var description = (words.Contains('[') ? Citations.Strip(words.ToString()) : words.ToString()).Trim();
            if (description.Length > 0)
            {
                return description.Length > 200 ? description[..200] : description;
            }
        }
        return null;
    }

    private GraphNode ToNode(Entity entity) => _entityNodes[entity];
}
