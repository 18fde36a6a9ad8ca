using System.Buffers;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Import;

/// <summary>
/// Turns one report into the subgraph it contributes: normalize → sections → items → concepts and
/// relations, each relation with the sentence that justifies it. Pure: no I/O, no store.
/// </summary>
public sealed class DocumentImporter
{
    private const double Certain = 1.0;
    private const double NamedInTitle = 0.9;
    private const double NamedInText = 0.8;
    private const double TrendMitigation = 0.7;
    private const double TechnologyMitigation = 0.6;

    private readonly Ontology.Ontology _ontology;
    private readonly TextNormalizer _normalizer;
    private readonly SectionSplitter _splitter;
    private readonly ItemExtractor _items;
    private readonly EntityMatcher _entities;
    private readonly ThemeMatcher _themes;
    private readonly Dictionary<Entity, GraphNode> _entityNodes;
    private readonly SearchValues<string> _mitigationCues;

    public DocumentImporter(Ontology.Ontology ontology)
    {
        _ontology = ontology;
        _normalizer = new TextNormalizer(ontology);
        _splitter = new SectionSplitter(ontology);
        _items = new ItemExtractor(ontology);
        _entities = new EntityMatcher(ontology);
        _themes = new ThemeMatcher(ontology);
        _mitigationCues = SearchValues.Create([.. ontology.MitigationCues], StringComparison.OrdinalIgnoreCase);
        _entityNodes = ontology.Industries.Concat(ontology.Technologies).Distinct()
            .ToDictionary(entity => entity, entity => GraphNode.Concept(entity.Kind, entity.Key, entity.Name, entity.NameEn, entity.Aliases));
    }

    public Ontology.Ontology Ontology => _ontology;

    /// <param name="source">The file name; it becomes the document's key and <c>source</c>.</param>
    /// <param name="raw">The document's text as read.</param>
    public DocumentGraph Import(string source, string raw)
    {
        var normalized = _normalizer.Normalize(raw);
        var text = normalized.Text;
        if (text.Length == 0)
        {
            throw new ImportException($"{source}: no text left after removing white space and boilerplate");
        }
        var outline = _splitter.Split(text);
        if (outline.Root.Children.Count == 0)
        {
            throw new ImportException($"{source}: no sections found (no numbered, Markdown or run-in headings)");
        }

        var documentKey = NodeId.Slug(Path.GetFileNameWithoutExtension(source)) is { Length: > 0 } slug ? slug : "document";
        var document = new GraphNode
        {
            Id = NodeId.For(NodeKind.Document, documentKey),
            Kind = NodeKind.Document,
            Key = documentKey,
            Name = outline.Title ?? Path.GetFileNameWithoutExtension(source),
            Title = outline.Title ?? Path.GetFileNameWithoutExtension(source),
            Source = Path.GetFileName(source),
            Language = LanguageOf(text),
        };
        var warnings = new List<string>();
        var graph = new GraphBuilder(document.Id, text);
        // Items' sentences are sections' sentences too: each is scanned for names once.
        var names = new Dictionary<TextSpan, List<(Entity Entity, TextSpan Match)>>();
        graph.Add(document);

        var sectionIds = AddSections(graph, text, outline, document);
        var references = AddReferences(graph, text, outline);
        foreach (var section in outline.Root.SelfAndDescendants().Where(section => !section.IsReferences && sectionIds.ContainsKey(section)))
        {
            AddMentionsAndCitations(graph, text, section, sectionIds[section], references, warnings, names);
        }
        var items = _items.Extract(text, outline, warnings);
        foreach (var item in items)
        {
            AddItem(graph, text, item, sectionIds[item.Section], references, names);
        }
        if (items.Count == 0)
        {
            warnings.Add("no trends or challenges found: no heading carries a trends or challenges cue of the ontology");
        }
        return graph.Build(document, [.. warnings.Distinct().Select(warning => $"{source}: {warning}")]);
    }

    private static Dictionary<Section, string> AddSections(GraphBuilder graph, string text, Outline outline, GraphNode document)
    {
        var ids = new Dictionary<Section, string>();
        if (outline.Root.Body.Count > 0)
        {
            // Text before the first heading still names things; it gets a section of its own, path 0.
            ids[outline.Root] = AddSection(graph, text, outline.Root, "0", "Preamble", document, parentId: null, headingSpan: outline.Root.Body[0]);
        }
        foreach (var section in outline.Root.SelfAndDescendants().Skip(1))
        {
            var parentId = section.Parent is { Parent: not null } parent ? ids[parent] : null;
            ids[section] = AddSection(graph, text, section, section.Path, section.Heading, document, parentId, section.HeadingSpan);
        }
        return ids;
    }

    private static string AddSection(GraphBuilder graph, string text, Section section, string path, string heading,
        GraphNode document, string? parentId, TextSpan headingSpan)
    {
        var id = NodeId.For(NodeKind.Section, $"{document.Key}/{path}");
        graph.Add(new GraphNode
        {
            Id = id,
            Kind = NodeKind.Section,
            Key = $"{document.Key}/{path}",
            Name = heading,
            Path = path,
            Heading = heading,
            Text = string.Join("\n", section.Body.Select(span => span.Of(text))),
            DocumentId = document.Id,
            ParentId = parentId,
        });
        graph.Relate(RelationType.PartOf, id, parentId ?? document.Id, Certain, id, headingSpan);
        return id;
    }

    private static Dictionary<int, string> AddReferences(GraphBuilder graph, string text, Outline outline)
    {
        var byNumber = new Dictionary<int, string>();
        foreach (var section in outline.Root.SelfAndDescendants().Where(section => section.IsReferences))
        {
            foreach (var entry in ReferenceList.Parse(text, section))
            {
                var key = NodeId.Slug(entry.Title) is { Length: > 0 } slug ? slug : $"ref-{entry.Index}";
                graph.Add(GraphNode.Concept(NodeKind.Reference, key, entry.Title) with { Title = entry.Title, Index = entry.Index, Url = entry.Url });
                byNumber[entry.Index] = NodeId.For(NodeKind.Reference, key);
            }
        }
        return byNumber;
    }

    private void AddMentionsAndCitations(GraphBuilder graph, string text, Section section, string sectionId,
        Dictionary<int, string> references, List<string> warnings, Dictionary<TextSpan, List<(Entity Entity, TextSpan Match)>> names)
    {
        IEnumerable<TextSpan> spans = section.Parent is null ? section.Body : [section.HeadingSpan, .. section.Body];
        foreach (var sentence in Sentences.In(text, spans))
        {
            foreach (var (entity, _) in NamesIn(text, sentence, names))
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

    private void AddItem(GraphBuilder graph, string text, Item item, string sectionId, Dictionary<int, string> references,
        Dictionary<TextSpan, List<(Entity Entity, TextSpan Match)>> names)
    {
        var theme = _themes.Match(item.Kind, item.Name);
        var key = theme?.Key ?? NodeId.Slug(item.Name);
        if (key.Length == 0)
        {
            return;
        }
        var sentences = Sentences.In(text, item.Spans).ToList();
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
            var technologies = new List<string>();
            foreach (var (entity, _) in NamesIn(text, sentence, names))
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
            if (sentence.SpanOf(text).ContainsAny(_mitigationCues))
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

    private List<(Entity Entity, TextSpan Match)> NamesIn(string text, TextSpan sentence, Dictionary<TextSpan, List<(Entity Entity, TextSpan Match)>> names)
    {
        if (!names.TryGetValue(sentence, out var found))
        {
            found = [.. _entities.Find(text, sentence)];
            names[sentence] = found;
        }
        return found;
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

    private static string LanguageOf(string text)
    {
        int cjk = 0, latin = 0;
        foreach (var c in text)
        {
            if (HeadingText.IsCjk(c))
            {
                cjk++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }
        // Chinese words are one or two characters, English ones about five letters.
        return cjk * 3 >= latin ? "zh" : "en";
    }
}
