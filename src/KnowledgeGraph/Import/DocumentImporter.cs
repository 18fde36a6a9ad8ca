using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import;

/// <summary>
/// Turns one report into the subgraph it contributes: normalize → sections → items → concepts and
/// relations, each relation with the sentence that justifies it. Pure: no I/O, no store.
/// </summary>
public sealed class DocumentImporter
{
    private const double Certain = 1.0;
    private static readonly System.Buffers.SearchValues<char> NotWords = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x3100).Select(c => (char)c).Where(c => !char.IsLetterOrDigit(c))]);

    private readonly TextNormalizer _normalizer;
    private readonly FormatReader _formats;
    private readonly SectionSplitter _splitter;
    private readonly ItemExtractor _items;
    private readonly RelationExtractor _relations;

    public DocumentImporter(Ontology.Ontology ontology)
    {
        _normalizer = new TextNormalizer(ontology);
        _formats = new FormatReader(_normalizer);
        _splitter = new SectionSplitter(ontology);
        _items = new ItemExtractor(ontology);
        _relations = new RelationExtractor(ontology);
    }

    /// <param name="source">The file name; it becomes the document's key and <c>source</c>, its extension says the format.</param>
    /// <param name="content">The file's bytes, in any format of <see cref="ReportFormats"/>.</param>
    public DocumentGraph Import(string source, byte[] content) => Import(source, _formats.Read(source, content));

    /// <param name="source">The file name; it becomes the document's key and <c>source</c>.</param>
    /// <param name="raw">The document's text as read (Markdown when the name ends in .md, else plain text).</param>
    public DocumentGraph Import(string source, string raw) => Import(source, _formats.ReadText(source, raw));

    private DocumentGraph Import(string source, ReadDocument read)
    {
        var text = read.Text;
        if (text.Length == 0)
        {
            throw new ImportException($"{source}: no text left after removing white space and boilerplate");
        }
        if (!text.AsSpan().ContainsAnyExcept(NotWords))
        {
            throw new ImportException($"{source}: no words, only punctuation and symbols");
        }
        var outline = _splitter.Split(read);

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
        var graph = new GraphBuilder(document.Id, text, read.PageStarts.Count > 0 ? read.PageOf : null);
        graph.Add(document);

        var sectionIds = AddSections(graph, text, outline, document);
        var references = AddReferences(graph, text, outline, read.Links, sectionIds);
        var scope = new RelationExtractor.Scope(graph, text, references.ByNumber, warnings)
        {
            Links = read.Links,
            ReferencesByUrl = references.ByUrl,
        };
        foreach (var section in outline.Sections)
        {
            if (!section.IsReferences && sectionIds[section.Index] is { } sectionId)
            {
                _relations.AddMentionsAndCitations(scope, section, sectionId);
            }
        }
        var extracted = _items.Extract(text, outline, warnings, read.Links);
        var items = _relations.Resolve(extracted.Items);
        _relations.AddChallenges(scope, items);
        foreach (var item in items)
        {
            _relations.AddItem(scope, item, sectionIds[item.Item.Section.Index]!);
        }
        foreach (var problem in items.Where(resolved => resolved.Item.AnsweredBy is not null))
        {
            var trend = items.First(resolved => ReferenceEquals(resolved.Item, problem.Item.AnsweredBy));
            _relations.AddAnsweredProblem(scope, trend, problem, sectionIds[problem.Item.Section.Index]!);
        }
        foreach (var countermeasure in extracted.Countermeasures)
        {
            var addressed = countermeasure.Addresses is { } item ? items.First(resolved => ReferenceEquals(resolved.Item, item)).Id : null;
            _relations.AddCountermeasure(scope, countermeasure, sectionIds[countermeasure.Section.Index]!, addressed);
        }
        foreach (var section in outline.Sections)
        {
            if (!section.IsReferences && sectionIds[section.Index] is { } sectionId)
            {
                _relations.AddStatedMitigations(scope, section, sectionId);
            }
        }
        if (items.Count == 0)
        {
            warnings.Add("no trends or challenges found: no heading carries a cue of the ontology and no sentence states one with its statement cues");
        }
        return graph.Build(document, [.. warnings.Distinct().Select(warning => $"{source}: {warning}")]);
    }

    /// <summary>The section node ids by <see cref="Section.Index"/>; null for a root without text.</summary>
    private static string?[] AddSections(GraphBuilder graph, string text, Outline outline, GraphNode document)
    {
        var ids = new string?[outline.SectionCount];
        if (outline.Root.Body.Count > 0)
        {
            // Text before the first heading still names things; it gets a section of its own, path 0.
            ids[0] = AddSection(graph, text, outline.Root, "0", "Preamble", document, parentId: null, headingSpan: outline.Root.Body[0]);
        }
        foreach (var section in outline.Sections.Skip(1))
        {
            var parentId = section.Parent is { Parent: not null } parent ? ids[parent.Index] : null;
            ids[section.Index] = AddSection(graph, text, section, section.Path, section.Heading, document, parentId, section.HeadingSpan);
        }
        return ids;
    }

    private static string AddSection(GraphBuilder graph, string text, Section section, string path, string heading,
        GraphNode document, string? parentId, TextSpan headingSpan)
    {
        var key = $"{document.Key}/{path}";
        var id = NodeId.For(NodeKind.Section, key);
        graph.Add(new GraphNode
        {
            Id = id,
            Kind = NodeKind.Section,
            Key = key,
            Name = heading,
            Path = path,
            Heading = heading,
            Text = TextSpan.Lines(text, section.Body),
            DocumentId = document.Id,
            ParentId = parentId,
        });
        graph.Relate(RelationType.PartOf, id, parentId ?? document.Id, Certain, id, headingSpan);
        return id;
    }

    /// <summary>The reference nodes by list number and by the address they link to (a link in the text cites that entry).</summary>
    /// <remarks>A list a section introduces itself ("主要参考自:" then links) is what that section cites.</remarks>
    private static (Dictionary<int, string> ByNumber, Dictionary<string, string> ByUrl) AddReferences(GraphBuilder graph, string text, Outline outline,
        IReadOnlyList<Link> links, string?[] sectionIds)
    {
        var byNumber = new Dictionary<int, string>();
        var byUrl = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in outline.Sections.Where(section => section.IsReferences))
        {
            foreach (var entry in ReferenceList.Parse(text, section, links))
            {
                var key = NodeId.Slug(entry.Title) is { Length: > 0 } slug ? slug : $"ref-{entry.Index}";
                var id = NodeId.For(NodeKind.Reference, key);
                graph.Add(GraphNode.Concept(NodeKind.Reference, key, entry.Title) with { Title = entry.Title, Index = entry.Index, Url = entry.Url });
                byNumber.TryAdd(entry.Index, id);
                if (section.Family == "references-list" && section.Parent is { } owner && sectionIds[owner.Index] is { } ownerId)
                {
                    graph.Relate(RelationType.Cites, ownerId, id, Certain, ownerId, entry.Span);
                }
                if (entry.Url is { } url)
                {
                    byUrl.TryAdd(url, id);
                }
            }
        }
        return (byNumber, byUrl);
    }

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
