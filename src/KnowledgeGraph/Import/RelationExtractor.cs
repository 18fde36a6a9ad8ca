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
    private const double CountermeasureMitigation = 0.7;

    private readonly EntityMatcher _entities;
    private readonly ThemeMatcher _themes;
    private readonly Dictionary<Entity, GraphNode> _entityNodes;
    private readonly CueSet _mitigationCues;
    private readonly TechnologyTerms _terms;
    private readonly IReadOnlyList<string> _challengeCues;
    private readonly HashSet<string> _knownTechnologyKeys;
    private readonly string[] _cueWordsLongestFirst;

    public RelationExtractor(Ontology.Ontology ontology)
    {
        _entities = new EntityMatcher(ontology);
        _themes = new ThemeMatcher(ontology);
        _mitigationCues = new CueSet(ontology.MitigationCues);
        _terms = new TechnologyTerms(ontology);
        // An acronym the ontology lists (RAG) is found by the entity matcher under the ontology's key.
        _knownTechnologyKeys = ontology.Technologies.SelectMany(entity => entity.AllNames.Select(NodeId.Slug).Append(entity.Key)).ToHashSet(StringComparer.Ordinal);
        _challengeCues = [.. ontology.SectionCues.Challenges.Select(Lowercase.Of).OrderByDescending(cue => cue.Length)];
        _cueWordsLongestFirst = [.. ontology.SectionCues.Challenges.Concat(ontology.SectionCues.Trends).Select(Lowercase.Of).Distinct().OrderByDescending(cue => cue.Length)];
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
        /// <summary>The document's links in text order, and the reference entries by the address they point to.</summary>
        public IReadOnlyList<Link> Links { get; init; } = [];
        public IReadOnlyDictionary<string, string> ReferencesByUrl { get; init; } = new Dictionary<string, string>();
        /// <summary>The document's challenges, each with the words that name it in a sentence (its core name).</summary>
        public List<(string Id, string Core)> Challenges { get; } = [];
        public HashSet<string> ChallengeIds { get; } = [];
        /// <summary>Acronyms a challenge's own text spells out as its name ("Membership Inference Attack (MIA)"): the challenge, not a technology.</summary>
        public HashSet<string> ChallengeAcronyms { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>An item with the node it becomes: an ontology theme, an earlier item of the same document it names again, or its own.</summary>
    public sealed record ResolvedItem(Item Item, NodeKind Kind, string Key, Theme? Theme)
    {
        public string Id => NodeId.For(Kind, Key);
    }

    /// <summary>
    /// Gives each item its node. One document often names a concept twice (a list of challenges, then a
    /// section on each): an item whose name matches an earlier one's is that node again.
    /// </summary>
    public IReadOnlyList<ResolvedItem> Resolve(IReadOnlyList<Item> items)
    {
        var resolved = new List<ResolvedItem>(items.Count);
        foreach (var item in items)
        {
            // A problem a trend answers is named by its clause ("running these generic models can be costly"): a theme
            // word in passing (cost) does not make it the theme, nor the theme one of the report's challenges.
            var theme = item.AnsweredBy is null ? _themes.Match(item.Kind, item.Name) : null;
            if (theme is not null)
            {
                resolved.Add(new ResolvedItem(item, item.Kind, theme.Key, theme));
                continue;
            }
            var earlier = resolved.FirstOrDefault(other => other.Theme is null && ItemName.SameName(other.Item.Name, item.Name));
            resolved.Add(earlier is not null
                ? new ResolvedItem(item, earlier.Kind, earlier.Key, null)
                : new ResolvedItem(item, item.Kind, ItemName.Key(item.Name, _cueWordsLongestFirst), null));
        }
        return resolved;
    }

    public void AddChallenges(Scope scope, IReadOnlyList<ResolvedItem> items)
    {
        foreach (var item in items.Where(item => item.Kind == NodeKind.Challenge && item.Key.Length > 0))
        {
            scope.ChallengeIds.Add(item.Id);
            var core = ItemName.Core(item.Item.Name, _challengeCues);
            if (!ItemName.IsLongEnough(core))
            {
                continue;
            }
            var lowered = Lowercase.Of(core);
            scope.Challenges.Add((item.Id, lowered));
            // Its heading and the paragraph that opens its text.
            foreach (var span in item.Item.Spans.Take(2))
            {
                foreach (var (termKey, termName) in _terms.In(scope.Text, span))
                {
                    if (termKey.Length > 0 && Lowercase.Of(termName).Contains(lowered, StringComparison.Ordinal))
                    {
                        scope.ChallengeAcronyms.Add(termKey);
                    }
                }
            }
        }
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
            CiteLinkedReferences(scope, sectionId, sectionId, sentence);
        }
        AddInlineReferences(scope, section, sectionId, sentences);
    }

    /// <summary>A work cited in the text itself (GB/T 7714 form, split over several "sentences") is a reference the section cites.</summary>
    private static void AddInlineReferences(Scope scope, Section section, string sectionId, List<TextSpan> sentences)
    {
        foreach (var span in section.Body)
        {
            foreach (var (title, mark) in ReferenceList.Inline(scope.Text, span).Concat(ReferenceList.MentionedWorks(scope.Text, span)))
            {
                var key = NodeId.Slug(title);
                var evidence = sentences.FirstOrDefault(sentence => sentence.Start <= mark && mark < sentence.End);
                scope.Graph.Add(GraphNode.Concept(NodeKind.Reference, key, title) with { Title = title });
                scope.Graph.Relate(RelationType.Cites, sectionId, NodeId.For(NodeKind.Reference, key), Certain, sectionId, evidence.Length > 0 ? evidence : span);
            }
        }
    }

    public void AddItem(Scope scope, ResolvedItem resolved, string sectionId)
    {
        var (graph, text, references, _) = scope;
        var (item, kind, key, theme) = resolved;
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
        if (sentences.Count == 0)
        {
            return;
        }
        var id = resolved.Id;
        var described = Describe(text, sentences, item.DescriptionStart);
        graph.Add(GraphNode.Concept(kind, key, theme?.Name ?? item.Name, theme?.NameEn,
            [.. (theme?.Aliases ?? []).Append(item.Name).Where(alias => alias != (theme?.Name ?? item.Name)).Distinct()],
            described));
        graph.Relate(RelationType.MentionedIn, id, sectionId, Certain, sectionId, sentences[0]);
        // The sentence that states the item (its description) is where it is mentioned too.
        if (sentences.FirstOrDefault(sentence => sentence.End > item.DescriptionStart && sentence != sentences[0]) is { Length: > 0 } statement)
        {
            graph.Relate(RelationType.MentionedIn, id, sectionId, Certain, sectionId, statement);
        }
        if (item.StatedAt is { } statedAt && sentences.FirstOrDefault(sentence => sentence.Start <= statedAt && statedAt < sentence.End) is { Length: > 0 } stated)
        {
            graph.Relate(RelationType.MentionedIn, id, sectionId, Certain, sectionId, stated);
        }

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
            foreach (var term in TermsIn(scope, sentence))
            {
                graph.Relate(RelationType.Involves, id, term, named, sectionId, sentence);
                technologies.Add(term);
            }
            var remedyCued = _mitigationCues.IsIn(sentence.SpanOf(text));
            // "One approach to mitigating such attacks involves …", "The simplest fix is …": the challenge's own text names a remedy.
            if (kind == NodeKind.Challenge && i > 0
                && ((remedyCued ? StatedMitigation.ApproachIn(sentence.SpanOf(text)) : null) ?? StatedMitigation.SolutionIn(sentence.SpanOf(text))) is { } approach
                && MeansNode(scope, approach, MaxApproachLength) is { } means && means.Id != id && !scope.ChallengeIds.Contains(means.Id))
            {
                graph.Add(means);
                graph.Relate(RelationType.Mitigates, means.Id, id, TechnologyMitigation, sectionId, sentence);
            }
            if (remedyCued)
            {
                foreach (var challengeId in ChallengesNamedIn(scope, sentence))
                {
                    if (challengeId == id)
                    {
                        continue;
                    }
                    if (kind == NodeKind.Trend)
                    {
                        graph.Relate(RelationType.Mitigates, id, challengeId, TrendMitigation, sectionId, sentence);
                    }
                    foreach (var technology in technologies)
                    {
                        graph.Relate(RelationType.Mitigates, technology, challengeId, TechnologyMitigation, sectionId, sentence);
                    }
                }
            }
            AddCitations(scope, id, sectionId, sentence);
        }
    }

    /// <summary>A trend MITIGATES the problem its own text says it answers, the sentence that states the problem its evidence.</summary>
    public void AddAnsweredProblem(Scope scope, ResolvedItem trend, ResolvedItem problem, string sectionId)
    {
        if (trend.Key.Length > 0 && problem.Key.Length > 0 && trend.Id != problem.Id)
        {
            scope.Graph.Relate(RelationType.Mitigates, trend.Id, problem.Id, TrendMitigation, sectionId, problem.Item.Spans[0]);
        }
    }

    /// <summary>
    /// A countermeasure is a Technology node — a method, practice or technique; RAG is one node whether a
    /// report lists it as a technology or as a remedy — that MITIGATES the challenge whose section holds it,
    /// or else the document's challenges its text names.
    /// </summary>
    public void AddCountermeasure(Scope scope, Countermeasure countermeasure, string sectionId, string? addressedId)
    {
        var (graph, text, _, _) = scope;
        var sentences = new List<TextSpan>();
        foreach (var span in countermeasure.Spans)
        {
            Sentences.AddTo(sentences, text, span);
        }
        if (sentences.Count == 0)
        {
            return;
        }
        // A remedies heading that names its challenge ("数据泄露风险的防范和缓解") says what each remedy under it addresses.
        var namedByHeading = addressedId is null && countermeasure.Remedies.Parent is not null
            ? ChallengesNamedIn(scope, countermeasure.Remedies.HeadingSpan).ToList()
            : [];
        if (namedByHeading is [var only])
        {
            addressedId = only;
        }
        if (countermeasure.Name is null || IsGenericRemedyName(countermeasure.Name))
        {
            var statedMeans = addressedId is not null ? AddUsedMeans(scope, sentences, sectionId, addressedId) : null;
            AddNamedTechnologies(scope, sentences, sectionId, addressedId, statedMeans);
            return;
        }
        // A remedy's heading only names it; a list entry's first sentence ("检索:利用RAG技术弥补…") also says what it uses.
        var named = countermeasure.Spans[0] == countermeasure.Section.HeadingSpan ? 1 : 0;
        List<TextSpan> saysWhatItUses = [.. sentences.Skip(named).Where(sentence => _mitigationCues.IsIn(sentence.SpanOf(text)))];
        var node = TechnologyNamed(scope, countermeasure.Name, sentences);
        if (node is null)
        {
            return;
        }
        graph.Add(node);
        graph.Relate(RelationType.MentionedIn, node.Id, sectionId, Certain, sectionId, sentences[0]);
        if (addressedId is not null && addressedId != node.Id)
        {
            var evidence = sentences.FirstOrDefault(sentence => _mitigationCues.IsIn(sentence.SpanOf(text)));
            graph.Relate(RelationType.Mitigates, node.Id, addressedId, CountermeasureMitigation, sectionId, evidence.Length > 0 ? evidence : sentences[0]);
            // "This helps mitigate the risk of hallucinations and misinformation": the other challenges a remedy's
            // own sentence says it reduces, beside the one it sits under.
            foreach (var sentence in sentences.Where(sentence => _mitigationCues.IsIn(sentence.SpanOf(text))))
            {
                foreach (var challengeId in ChallengesNamedIn(scope, sentence).Where(challengeId => challengeId != node.Id && challengeId != addressedId))
                {
                    graph.Relate(RelationType.Mitigates, node.Id, challengeId, CountermeasureMitigation, sectionId, sentence);
                }
            }
            // "Techniques such as PET and chain-of-thought prompting can help reduce …": the techniques a remedy's
            // own sentence says reduce the problem are remedies for it too.
            AddNamedTechnologies(scope, saysWhatItUses, sectionId, addressedId, AddUsedMeans(scope, saysWhatItUses, sectionId, null));
            return;
        }
        foreach (var sentence in sentences)
        {
            foreach (var challengeId in ChallengesNamedIn(scope, sentence))
            {
                graph.Relate(RelationType.Mitigates, node.Id, challengeId, CountermeasureMitigation, sectionId, sentence);
            }
        }
        AddNamedTechnologies(scope, saysWhatItUses, sectionId, null, AddUsedMeans(scope, saysWhatItUses, sectionId, null));
    }

    // "4. **Defense Mechanisms**: Techniques like adding noise …": a name made of these words names no remedy; its text does.
    private static readonly HashSet<string> GenericRemedyWords = new(["defense", "defence", "mechanism", "strategy", "strategie", "method", "technique",
        "measure", "approach", "solution", "countermeasure", "mitigation", "practice", "best", "other", "additional", "general", "common", "and"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] GenericChineseRemedyWords = ["防御", "防护", "应对", "解决", "缓解", "治理", "其他", "其它", "通用", "常见", "常用", "主要", "机制", "手段", .. HeadingCues.RemedyJoints];

    private static bool IsGenericRemedyName(string name)
    {
        if (HeadingText.HasCjk(name))
        {
            var rest = name;
            foreach (var word in GenericChineseRemedyWords)
            {
                rest = rest.Replace(word, "", StringComparison.Ordinal);
            }
            return rest.Trim().Length == 0;
        }
        var words = name.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(word => GenericRemedyWords.Contains(word.TrimEnd('s', 'S')) || GenericRemedyWords.Contains(word));
    }

    /// <summary>
    /// A remedies section that names no countermeasure of its own ("**Solutions:** One approach is RAG …"):
    /// each technology a sentence names MITIGATES the challenge it sits under, or the ones the sentence names. Not in
    /// <paramref name="statedMeans"/>, the sentences whose stated means already mitigate: "用维基百科或类似知识库对模型进行
    /// 知识增强" says the remedy is the enhancement; the knowledge base is what it uses, not a remedy beside it.
    /// </summary>
    private void AddNamedTechnologies(Scope scope, List<TextSpan> sentences, string sectionId, string? addressedId, HashSet<TextSpan>? statedMeans = null)
    {
        var graph = scope.Graph;
        foreach (var sentence in sentences)
        {
            if (statedMeans?.Contains(sentence) == true)
            {
                continue;
            }
            var technologies = new List<string>();
            foreach (var (entity, _) in NamesIn(scope, sentence))
            {
                if (entity.Kind == NodeKind.Technology)
                {
                    graph.Add(ToNode(entity));
                    technologies.Add(NodeId.For(NodeKind.Technology, entity.Key));
                }
            }
            technologies.AddRange(TermsIn(scope, sentence));
            var targets = addressedId is not null ? [addressedId] : ChallengesNamedIn(scope, sentence).ToList();
            foreach (var technology in technologies)
            {
                foreach (var target in targets.Where(target => target != technology))
                {
                    graph.Relate(RelationType.Mitigates, technology, target, TechnologyMitigation, sectionId, sentence);
                }
            }
        }
    }

    /// <summary>
    /// Each means a remedy's sentences say to use ("通过提示过滤的方式…") is a technology that MITIGATES the challenge
    /// the remedy addresses (a prose remedies section under it), or else the challenges the sentence names.
    /// </summary>
    /// <returns>The sentences whose means mitigate something.</returns>
    private HashSet<TextSpan> AddUsedMeans(Scope scope, List<TextSpan> sentences, string sectionId, string? addressedId)
    {
        var mitigating = new HashSet<TextSpan>();
        foreach (var sentence in sentences)
        {
            var targets = addressedId is not null ? [addressedId] : ChallengesNamedIn(scope, sentence).ToList();
            if (targets.Count == 0)
            {
                continue;
            }
            foreach (var means in StatedMitigation.MeansIn(sentence.Of(scope.Text)))
            {
                // "使用对抗攻击的手段来测试…": a means that names one of the report's problems is a test of it, not a remedy.
                if (MeansNode(scope, means) is not { } node || scope.ChallengeIds.Contains(node.Id) || NamesAChallenge(scope, means))
                {
                    continue;
                }
                scope.Graph.Add(node);
                foreach (var target in targets.Where(target => target != node.Id))
                {
                    scope.Graph.Relate(RelationType.Mitigates, node.Id, target, TechnologyMitigation, sectionId, sentence);
                    mitigating.Add(sentence);
                }
            }
        }
        return mitigating;
    }

    /// <summary>
    /// "通过模型压缩降低推理成本", "Quantization helps reduce inference latency": anywhere in the report, a sentence
    /// that says outright what reduces one of the report's challenges, or what the solution to it is, makes the means
    /// a technology that MITIGATES it.
    /// </summary>
    public void AddStatedMitigations(Scope scope, Section section, string sectionId)
    {
        if (scope.Challenges.Count == 0)
        {
            return;
        }
        var text = scope.Text;
        foreach (var span in section.Body.Prepend(section.HeadingSpan))
        {
            if (span.Length == 0 || !_mitigationCues.IsIn(span.SpanOf(text)))
            {
                continue;
            }
            foreach (var sentence in Sentences.In(text, span))
            {
                if (!_mitigationCues.IsIn(sentence.SpanOf(text)))
                {
                    continue;
                }
                List<string> targets;
                string means;
                if (StatedMitigation.In(sentence.Of(text)) is var (stated, problem))
                {
                    means = stated;
                    targets = scope.Challenges.Where(challenge => Lowercase.Of(problem).Contains(challenge.Core, StringComparison.Ordinal)).Select(challenge => challenge.Id).Distinct().ToList();
                }
                // "“数据安全”最好的解决方案当然是本地化": a sentence outside the challenge's section that names it and its remedy.
                else if (StatedMitigation.SolutionIn(sentence.SpanOf(text)) is { } solution)
                {
                    means = solution;
                    targets = ChallengesNamedIn(scope, sentence).ToList();
                }
                else
                {
                    continue;
                }
                if (targets.Count == 0 || MeansNode(scope, means) is not { } node)
                {
                    continue;
                }
                scope.Graph.Add(node);
                foreach (var target in targets.Where(target => target != node.Id))
                {
                    scope.Graph.Relate(RelationType.Mitigates, node.Id, target, TechnologyMitigation, sectionId, sentence);
                }
            }
        }
    }

    private const int MaxMeansLength = 40;
    // "training the LLM to become accustomed to adversarial inputs": an approach is named by its clause.
    private const int MaxApproachLength = 80;

    /// <summary>The technology a stated means is: one the ontology knows or an acronym in it, else the means as written if short.</summary>
    private GraphNode? MeansNode(Scope scope, string means, int maxLength = MaxMeansLength)
    {
        var found = new List<(Entity Entity, TextSpan Match)>();
        _entities.Find(means, new TextSpan(0, means.Length), found);
        if (found.FirstOrDefault(name => name.Entity.Kind == NodeKind.Technology) is { Entity: { } technology })
        {
            return ToNode(technology);
        }
        if (_terms.In(means, new TextSpan(0, means.Length), isName: true).FirstOrDefault() is { Key.Length: > 0 } term && !_knownTechnologyKeys.Contains(term.Key) && !scope.ChallengeAcronyms.Contains(term.Key))
        {
            return GraphNode.Concept(NodeKind.Technology, term.Key, term.Name);
        }
        var name = ItemName.Of(means);
        var key = NodeId.Slug(name);
        return name.Length >= 2 && name.Length <= maxLength && key.Length > 0 ? GraphNode.Concept(NodeKind.Technology, key, name) : null;
    }

    /// <summary>The acronym technologies a sentence names that the ontology does not know, added as nodes; their ids.</summary>
    private List<string> TermsIn(Scope scope, TextSpan sentence)
    {
        var ids = new List<string>();
        foreach (var (key, name) in _terms.In(scope.Text, sentence))
        {
            if (key.Length == 0 || _knownTechnologyKeys.Contains(key) || scope.ChallengeAcronyms.Contains(key))
            {
                continue;
            }
            scope.Graph.Add(GraphNode.Concept(NodeKind.Technology, key, name));
            ids.Add(NodeId.For(NodeKind.Technology, key));
        }
        return ids;
    }

    private static bool NamesAChallenge(Scope scope, string name)
    {
        var lowered = Lowercase.Of(name);
        foreach (var (_, core) in scope.Challenges)
        {
            if (lowered.Contains(core, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The ontology's technology when the countermeasure is named after one (联邦学习, RAG), else a technology of its own.</summary>
    private GraphNode? TechnologyNamed(Scope scope, string name, List<TextSpan> sentences)
    {
        foreach (var (entity, match) in NamesIn(scope, sentences[0]))
        {
            if (entity.Kind == NodeKind.Technology && match.Length * 2 >= name.Length)
            {
                return ToNode(entity);
            }
        }
        var terms = _terms.In(scope.Text, sentences[0], isName: true).ToList();
        if (terms is [var (termKey, termName)] && termName.Length * 2 >= name.Length && !_knownTechnologyKeys.Contains(termKey) && !scope.ChallengeAcronyms.Contains(termKey))
        {
            return GraphNode.Concept(NodeKind.Technology, termKey, termName);
        }
        var key = NodeId.Slug(name);
        return key.Length == 0 ? null : GraphNode.Concept(NodeKind.Technology, key, name);
    }

    /// <summary>The document's challenges a sentence names by their core words, then the ontology's challenge themes it names.</summary>
    private IEnumerable<string> ChallengesNamedIn(Scope scope, TextSpan sentence)
    {
        var value = Lowercase.Of(sentence.Of(scope.Text));
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (challengeId, core) in scope.Challenges)
        {
            if (value.Contains(core, StringComparison.Ordinal) && named.Add(challengeId))
            {
                yield return challengeId;
            }
        }
        // By theme too ("降低成本" reduces 算力与成本压力), but only a challenge the report presents: a word in
        // passing ("will reduce the cost") does not make one, and annotators count such a node as made up.
        foreach (var challenge in _themes.Mentioned(NodeKind.Challenge, value))
        {
            var challengeId = NodeId.For(NodeKind.Challenge, challenge.Key);
            if (scope.ChallengeIds.Contains(challengeId) && named.Add(challengeId))
            {
                yield return challengeId;
            }
        }
    }

    /// <summary>CITES to the reference entries a sentence links to ("(Ref. link: [BBC](https://…))" cites the entry with that address).</summary>
    private static void CiteLinkedReferences(Scope scope, string fromId, string sectionId, TextSpan sentence)
    {
        if (scope.ReferencesByUrl.Count == 0)
        {
            return;
        }
        var (from, to) = LinkRange.Overlapping(scope.Links, sentence);
        for (var i = from; i < to; i++)
        {
            var link = scope.Links[i];
            if (link.Span.Start >= sentence.Start && link.Span.End <= sentence.End && scope.ReferencesByUrl.TryGetValue(link.Url, out var referenceId))
            {
                scope.Graph.Relate(RelationType.Cites, fromId, referenceId, Certain, sectionId, sentence);
            }
        }
    }

    private void AddCitations(Scope scope, string id, string sectionId, TextSpan sentence)
    {
        CiteLinkedReferences(scope, id, sectionId, sentence);
        foreach (var (number, _) in Citations.In(scope.Text, sentence))
        {
            if (scope.References.TryGetValue(number, out var referenceId))
            {
                scope.Graph.Relate(RelationType.Cites, id, referenceId, Certain, sectionId, sentence);
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
