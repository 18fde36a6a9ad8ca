using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import;

/// <summary>
/// Finds the trends and challenges of an outline, and the sections that offer remedies for them. The
/// nearest heading with a cue decides the kind — the document's title counts as a heading over its
/// top-level sections. A cued section with subsections, a list or a prose enumeration is a container
/// whose parts are the items; when some parts carry cues of their own and are containers too (3.1
/// 技术发展趋势 beside 3.2 应用领域拓展), only those are followed. An uncued part is an item, its
/// subsections its details (示例 / 原因分析 / 解决方法), unless they are plain headings that group items.
/// </summary>
internal sealed partial class ItemExtractor(Ontology.Ontology ontology)
{
    private readonly HeadingCues _cues = new(ontology);
    private readonly ProseEnumeration _enumeration = new(ontology);
    private readonly KeyPhrase _keyPhrase = new(ontology);
    private readonly EntityMatcher _industries = new(ontology);
    private readonly string[] _challengeCuesLongestFirst = [.. ontology.SectionCues.Challenges.Select(Lowercase.Of).OrderByDescending(cue => cue.Length)];
    private readonly string[] _trendCuesLongestFirst = [.. ontology.SectionCues.Trends.Select(Lowercase.Of).OrderByDescending(cue => cue.Length)];
    private readonly CueSet _trendStatements = new(ontology.StatementCues.Trends);
    private readonly CueSet _challengeStatements = new(ontology.StatementCues.Challenges);
    private readonly CueSet _metaStatements = new(ontology.StatementCues.Meta);
    private readonly CueSet _problemStatements = new(ontology.StatementCues.Problems);
    private readonly CueSet _conclusions = new(ontology.StatementCues.Conclusions);
    private readonly string[] _exampleOpeners = [.. ontology.StatementCues.Examples];
    private readonly string[] _markersLongestFirst = [.. ontology.Enumeration.Opening.Concat(ontology.Enumeration.Continuing).OrderByDescending(marker => marker.Length)];
    private readonly HashSet<string> _qualifiers = ontology.SectionCues.Qualifiers.ToHashSet(StringComparer.OrdinalIgnoreCase);
    // "… can be reduced by the following strategies:" introduces countermeasures.
    private readonly CueSet _remedyIntro = new(ontology.MitigationCues.Concat(ontology.SectionCues.Mitigations));
    private readonly CueSet _remedyVerbs = new(ontology.MitigationCues);
    private readonly string[] _remedyWordsLongestFirst = [.. ontology.SectionCues.Mitigations.Where(cue => HeadingText.HasCjk(cue)).OrderByDescending(cue => cue.Length)];

    public ExtractedItems Extract(string text, Outline outline, ICollection<string> warnings, IReadOnlyList<Link>? links = null)
    {
        var walk = new Walk(text, [], [], warnings, new IReadOnlyList<(TextSpan Step, int TextStart)>?[outline.SectionCount]) { Links = links ?? [] };
        var titleKind = outline.Title is { } title ? _cues.KindOfTitle(title) : null;
        // The title speaks for the top-level sections unless one of them is the container of that kind
        // ("…趋势与挑战" over 一、趋势 / 二、挑战: the sections say which is which).
        if (outline.Root.Children.Any(child => _cues.KindOf(child.Heading) == titleKind && HasItemParts(walk, child)))
        {
            titleKind = null;
        }
        var topLevel = outline.Root.Children.Where(child => !child.IsReferences).ToList();
        foreach (var child in topLevel)
        {
            Visit(walk, child, titleKind ?? SiblingKind(child, topLevel), underTitle: titleKind is not null);
        }
        AddDetailSections(walk, outline);
        AddDefinedProblems(walk);
        AddStatements(walk, outline);
        AddProblemsTrendsAnswer(walk);
        var countermeasures = new List<Countermeasure>(walk.Listed);
        foreach (var remedy in walk.Remedies)
        {
            AddCountermeasures(walk, remedy.Section, remedy.Addresses, countermeasures);
        }
        return new ExtractedItems(walk.Items, countermeasures);
    }

    /// <summary>
    /// Reports often list their challenges, then give each a section of its own ("A. Behavioral challenges:
    /// 1. Hallucination …" and later "A1. Hallucinations"): a section nothing else claimed whose heading
    /// names an item is that item's section too.
    /// </summary>
    private void AddDetailSections(Walk walk, Outline outline)
    {
        var covered = new bool[outline.SectionCount];
        foreach (var section in walk.Items.Where(item => item.Whole).Select(item => item.Section).Concat(walk.Remedies.Select(remedy => remedy.Section)))
        {
            Array.Fill(covered, true, section.Index, section.LastIndex - section.Index + 1);
        }
        var named = walk.Items.ToList();
        foreach (var section in outline.Sections.Skip(1))
        {
            if (covered[section.Index] || section.IsReferences || _cues.RoleOf(section.Heading) != HeadingRole.None)
            {
                continue;
            }
            var name = ItemName.Of(section.Heading);
            if (named.FirstOrDefault(item => ItemName.SameName(item.Name, name)) is { } item)
            {
                VisitUncued(walk, section, item.Kind, [.. section.Children.Where(child => !child.IsReferences)], underTitle: true);
                Array.Fill(covered, true, section.Index, section.LastIndex - section.Index + 1);
            }
        }
    }

    /// <summary>
    /// The paragraph's sentence with the most statement cues (at least <paramref name="minCues"/>), as the kind
    /// <paramref name="announced"/> or its words say; with <paramref name="only"/>, only sentences whose words state that kind.
    /// </summary>
    private (TextSpan Sentence, NodeKind Kind)? MostOutspoken(Walk walk, TextSpan paragraph, NodeKind? announced, int minCues, NodeKind? only = null)
    {
        var text = walk.Text;
        (TextSpan Sentence, NodeKind Kind)? best = null;
        var bestScore = 0;
        foreach (var sentence in Sentences.In(text, paragraph))
        {
            var value = sentence.SpanOf(text);
            if (value.Length is < MinStatement or > MaxStatement || value[^1] is '?' or '?' || _metaStatements.IsIn(value) || IsMostlyLink(walk, sentence))
            {
                continue;
            }
            var trends = _trendStatements.Count(value);
            var challenges = _challengeStatements.Count(value);
            // The author's own conclusion ("所以…非常难", "So …") is the sentence that states the point.
            var score = Math.Max(trends, challenges) * 2 + (Math.Max(trends, challenges) > 0 && _conclusions.IsIn(value[..Math.Min(value.Length, ConclusionOpening)]) ? 1 : 0);
            if (Math.Max(trends, challenges) < minCues || (only is not null && only != (trends > challenges ? NodeKind.Trend : NodeKind.Challenge)))
            {
                continue;
            }
            if (score > bestScore)
            {
                bestScore = score;
                best = (sentence, announced ?? (trends > challenges ? NodeKind.Trend : NodeKind.Challenge));
            }
        }
        return best;
    }

    /// <summary>One extraction's state; steps are asked for twice per section, so they are kept.</summary>
    private sealed record Walk(string Text, List<Item> Items, List<RemedySection> Remedies, ICollection<string> Warnings,
        IReadOnlyList<(TextSpan Step, int TextStart)>?[] Steps)
    {
        public IReadOnlyList<Link> Links { get; init; } = [];
        /// <summary>How many items a key-points summary gave.</summary>
        public int KeyPoints { get; set; }
        /// <summary>Countermeasures listed inside an item ("… can be reduced by the following strategies:").</summary>
        public List<Countermeasure> Listed { get; } = [];
    }

    private void Visit(Walk walk, Section section, NodeKind? inherited, bool underTitle = false)
    {
        if (section.IsReferences)
        {
            return;
        }
        var role = _cues.RoleOf(section.Heading);
        if (role == HeadingRole.Mitigations)
        {
            walk.Remedies.Add(new RemedySection(section, ProblemNamedBy(walk, section)));
            return;
        }
        if (section.Children.Count == 0 && IsQuestion(section.Heading))
        {
            // "创业公司能不能做通用大模型?": the answer below states the point, not the question.
            return;
        }
        if (role == HeadingRole.KeyPoints)
        {
            AddKeyPoints(walk, section);
            return;
        }
        if (role == HeadingRole.NonItem)
        {
            foreach (var child in section.Children)
            {
                Visit(walk, child, null);
            }
            return;
        }
        var own = _cues.KindOf(section.Heading);
        var kind = own ?? inherited;
        var parts = section.Children.Where(child => !child.IsReferences && !IsBareBoldLine(child)).ToList();
        if (own is { } ownKind && parts.Count == 0 && NamesOneProblem(section.Heading, ownKind) && NamedBefore(walk, section))
        {
            // "A2. Adversarial Attacks" after "2. Adversarial Attacks" in a list of challenges: the later section is
            // that item's own; its list gives forms of it, its prose what counters it.
            VisitUncued(walk, section, ownKind, parts, underTitle: true);
            return;
        }
        if (kind is not NodeKind.Trend && IsSubjectOfRemedies(section, parts))
        {
            // "LLM09: Misinformation" over "Common Examples of Risk" and "Prevention and Mitigation Strategies":
            // the heading names the challenge whose forms and remedies its parts list.
            VisitUncued(walk, section, NodeKind.Challenge, parts, underTitle: true);
            return;
        }
        if (kind is not { } itemKind)
        {
            foreach (var child in parts)
            {
                Visit(walk, child, SiblingKind(child, parts));
            }
            return;
        }
        if (own is null || !HasItemParts(walk, section) && parts.Count > 0 || IsOneItemWithAList(walk, section, parts, inherited))
        {
            // "7.3 性能瓶颈" over 背景描述 / 原因分析 / 解决方法: a cued heading whose parts are its details is an item.
            VisitUncued(walk, section, itemKind, parts, underTitle || own is not null);
            return;
        }

        var steps = StepsOf(walk, section);
        foreach (var (step, textStart) in steps)
        {
            var name = _keyPhrase.Of(walk.Text, textStart, step.End);
            if (name.Length > 0)
            {
                walk.Items.Add(new Item(itemKind, name, section, [step], textStart));
            }
        }
        if (parts.Count == 0 && steps.Count == 0)
        {
            if (section.ListItems.Count >= 2)
            {
                AddListItems(walk, itemKind, section);
            }
            else if (inherited is not null || section.IsRunIn || NamesOneProblem(section.Heading, itemKind))
            {
                AddSectionItem(walk, itemKind, section);
            }
            else
            {
                walk.Warnings.Add($"'{section.Heading}' announces {itemKind.ToUpperName()} items but lists none");
            }
            return;
        }
        // A container of the other kind ("使用AI的风险考虑" among the parts of "发展现状") is one more part, not a sign
        // that the plain parts beside it are only text.
        var cuedContainers = parts.Where(child => _cues.KindOf(child.Heading) == itemKind && IsContainer(walk, child) && !NamesOneProblem(child.Heading, itemKind)).ToList();
        foreach (var child in cuedContainers.Count > 0 ? parts.Where(part => cuedContainers.Contains(part) || IsRemedy(part)) : parts)
        {
            Visit(walk, child, itemKind);
        }
    }

    /// <summary>
    /// "1. 模型窃取风险" among the challenges, with a list under it (限流, 水印): a heading that names one problem,
    /// itself one of its parent's items, is that item; its list says more about it (forms, remedies), not
    /// more items of its kind.
    /// </summary>
    private bool IsOneItemWithAList(Walk walk, Section section, List<Section> parts, NodeKind? inherited) =>
        inherited is { } kind && _cues.KindOf(section.Heading) == kind && NamesOneProblem(section.Heading, kind) && StepsOf(walk, section).Count == 0
        && (parts.Count > 0 ? parts.All(part => part.Family.StartsWith("lead-item", StringComparison.Ordinal)) : section.ListItems.Count >= 2);

    private static bool NamedBefore(Walk walk, Section section)
    {
        var name = ItemName.Of(section.Heading);
        return walk.Items.Any(item => item.Section.Index < section.Index && !section.SelfAndDescendants().Contains(item.Section) && ItemName.SameName(item.Name, name));
    }

    /// <summary>A section without a cue of its own under a cued heading or title.</summary>
    private void VisitUncued(Walk walk, Section section, NodeKind kind, List<Section> parts, bool underTitle)
    {
        var cuedParts = parts.Where(part => _cues.KindOf(part.Heading) is not null).ToList();
        // Plain subheadings under a heading that is itself only a grouping (技术层面 → 算力, 数据) are the items;
        // under a cued title, a heading with no text of its own over two or more of them groups them too.
        var groups = !underTitle ? parts.Count > 0 : parts.Count >= 2 && section.Body.Count == 0;
        if (groups && cuedParts.Count == 0 && parts.All(IsPlainHeading))
        {
            foreach (var part in parts)
            {
                Visit(walk, part, kind);
            }
            return;
        }
        var item = AddSectionItem(walk, kind, section);
        foreach (var part in parts)
        {
            if (IsRemedy(part))
            {
                walk.Remedies.Add(new RemedySection(part, item));
            }
            else if (cuedParts.Contains(part))
            {
                Visit(walk, part, kind);
            }
            else if (_cues.RoleOf(part.Heading) == HeadingRole.None)
            {
                VisitCuedBelow(walk, part);
            }
        }
    }

    /// <summary>
    /// "### Mixture of Experts" under a trend, with "**Challenges**" listing two: a cued list further down an
    /// item's plain subsections holds items of its own.
    /// </summary>
    private void VisitCuedBelow(Walk walk, Section section)
    {
        foreach (var child in section.Children)
        {
            if (child.IsReferences)
            {
                continue;
            }
            if (_cues.KindOf(child.Heading) is { } kind && HasItemParts(walk, child))
            {
                Visit(walk, child, kind);
            }
            else if (_cues.RoleOf(child.Heading) == HeadingRole.None)
            {
                VisitCuedBelow(walk, child);
            }
        }
    }

    /// <summary>
    /// Parallel parts say what each other are: among three or more siblings of one form (bold leads, one
    /// heading level), when most of those with a cue announce one kind, an uncued one is an item of it too.
    /// </summary>
    private NodeKind? SiblingKind(Section child, List<Section> siblings)
    {
        if (_cues.RoleOf(child.Heading) != HeadingRole.None)
        {
            return null;
        }
        var parallel = siblings.Where(sibling => sibling.Family == child.Family).ToList();
        if (parallel.Count < 3)
        {
            return null;
        }
        var kinds = parallel.Select(sibling => _cues.KindOf(sibling.Heading)).Where(kind => kind is not null).ToList();
        return kinds.Count * 2 >= parallel.Count && kinds.Distinct().Count() == 1 ? kinds[0] : null;
    }

    /// <summary>A bold line with nothing under it ("分享网络安全知识", "欢迎转发": a page's footer) states nothing and parts nothing.</summary>
    private static bool IsBareBoldLine(Section section) => section.Family == "bold" && section.Body.Count == 0 && section.Children.Count == 0;

    /// <summary>A heading that asks ("…能不能…?", "Why do models hallucinate?") frames its answer.</summary>
    private static bool IsQuestion(string heading)
    {
        var trimmed = heading.TrimEnd();
        return trimmed.EndsWith('?') || trimmed.EndsWith('?') || trimmed.EndsWith('吗');
    }

    /// <summary>"新鲜度问题", "性能瓶颈", "Privacy risks": a heading that ends with the cue after words of its own names one item.</summary>
    private bool NamesOneProblem(string heading, NodeKind kind)
    {
        var name = ItemName.Of(heading);
        var core = ItemName.Core(name, kind == NodeKind.Challenge ? _challengeCuesLongestFirst : _trendCuesLongestFirst);
        if (core == name || core.Length == 0 || _qualifiers.Contains(core) || _qualifiers.Any(qualifier => core.EndsWith(qualifier, StringComparison.OrdinalIgnoreCase))
            || _cues.HasChallengeCue(core) || _cues.HasTrendCue(core))
        {
            // "大模型面临的主要挑战", "影响因素及问题挑战", "未来趋势预测": what precedes the cue qualifies it or is
            // another cue; the heading names a kind of section, not one problem.
            return false;
        }
        return HeadingText.CountCjk(core) >= 2 || core.Count(char.IsAsciiLetter) >= 4;
    }

    /// <summary>Whether the section lists items: subsections other than frames and remedies, a list, or a prose enumeration.</summary>
    private bool HasItemParts(Walk walk, Section section)
    {
        var remediesFrom = RemediesFrom(walk, section);
        return section.Children.Any(child => !child.IsReferences && _cues.RoleOf(child.Heading) is not (HeadingRole.NonItem or HeadingRole.Mitigations)
                && !(child.IsRunIn && child.HeadingSpan.Start > remediesFrom))
            || section.ListItems.Count(entry => entry.Start < remediesFrom) >= 2 || StepsOf(walk, section).Count > 0;
    }

    /// <summary>
    /// "数据泄露风险的防范和缓解": a remedies heading that names its problem states that problem, a challenge of the
    /// report (merged with the same item found elsewhere). Chinese headings only: there the problem is what is
    /// left once the remedy words and their joints are taken out.
    /// </summary>
    private Item? ProblemNamedBy(Walk walk, Section section)
    {
        if (!HeadingText.HasCjk(section.Heading))
        {
            return null;
        }
        var words = ItemName.Of(section.Heading);
        foreach (var cue in _remedyWordsLongestFirst)
        {
            words = words.Replace(cue, " ", StringComparison.Ordinal);
        }
        foreach (var joint in HeadingCues.RemedyJoints)
        {
            words = words.Replace(joint, " ", StringComparison.Ordinal);
        }
        var problem = ItemName.Of(string.Join(" ", words.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        if (problem.Contains(' ', StringComparison.Ordinal) || !NamesOneProblem(problem, NodeKind.Challenge))
        {
            return null;
        }
        var item = new Item(NodeKind.Challenge, problem, section, [section.HeadingSpan], section.HeadingSpan.Start);
        walk.Items.Add(item);
        return item;
    }

    private bool IsPlainHeading(Section section) => !section.IsRunIn && _cues.RoleOf(section.Heading) == HeadingRole.None;

    /// <summary>
    /// The section as one item: its heading names it; its text is its own body and that of the details
    /// under it (frames such as 示例 / 原因分析, bold-lead points), not of remedies or of cued subsections.
    /// </summary>
    private Item? AddSectionItem(Walk walk, NodeKind kind, Section section)
    {
        var name = ItemName.Of(section.Heading);
        if (name.Length == 0 || IsBareBoldLine(section))
        {
            return null;
        }
        // Bold-lead points and list entries after "… can be reduced by the following strategies:" are remedies.
        var remediesFrom = RemediesFrom(walk, section);
        var spans = new List<TextSpan> { section.HeadingSpan };
        spans.AddRange(section.Body.Where(span => span.Start < remediesFrom || !section.ListItems.Contains(span)));
        var remedies = new List<Section>();
        foreach (var detail in section.SelfAndDescendants().Skip(1))
        {
            if (detail.Parent == section && detail.IsRunIn && detail.HeadingSpan.Start > remediesFrom)
            {
                remedies.Add(detail);
            }
            else if (IsDetail(section, detail) && !remedies.Contains(detail.Parent!))
            {
                spans.Add(detail.HeadingSpan);
                spans.AddRange(detail.Body);
            }
        }
        var item = new Item(kind, name, section, spans, section.Body.Count > 0 ? section.Body[0].Start : section.HeadingSpan.Start)
        {
            Whole = true,
            StatedAt = LaterStatement(walk, section, kind),
        };
        walk.Items.Add(item);
        foreach (var remedy in remedies)
        {
            if (ItemName.Of(remedy.Heading) is { Length: > 0 } remedyName)
            {
                walk.Listed.Add(new Countermeasure(remedyName, remedy, [remedy.HeadingSpan, .. remedy.SelfAndDescendants().SelectMany(at => at.Body)], item));
            }
        }
        foreach (var entry in section.ListItems.Where(entry => entry.Start > remediesFrom))
        {
            if (ListItemName(walk.Text, entry).Name is { Length: > 0 } entryName)
            {
                walk.Listed.Add(new Countermeasure(entryName, section, [entry], item));
            }
        }
        return item;
    }

    /// <summary>
    /// Where a section item's text states it, when its first sentence says nothing the cues recognise ("Let's pause
    /// for a moment to absorb this."): the first of its opening paragraphs' sentences that does ("…a skill that is
    /// becoming fundamental…"); else null.
    /// </summary>
    private int? LaterStatement(Walk walk, Section section, NodeKind kind)
    {
        if (section.Body.Count == 0 || Sentences.In(walk.Text, section.Body[0]).FirstOrDefault() is not { Length: > 0 } opening
            || _trendStatements.IsIn(opening.SpanOf(walk.Text)) || _challengeStatements.IsIn(opening.SpanOf(walk.Text)))
        {
            return null;
        }
        // Its opening paragraphs: further in, a cued sentence is about something else.
        foreach (var paragraph in section.Body.Take(OpeningParagraphs))
        {
            if (MostOutspoken(walk, paragraph, kind, 1) is var (sentence, _))
            {
                return sentence.Start;
            }
        }
        return null;
    }

    private const int OpeningParagraphs = 3;

    // A detail is reached from the item through frames and bold-lead points only.
    private bool IsDetail(Section item, Section section)
    {
        for (var at = section; at != item && at is not null; at = at.Parent)
        {
            if (at.IsReferences || !(at.IsRunIn || _cues.RoleOf(at.Heading) == HeadingRole.NonItem))
            {
                return false;
            }
        }
        return true;
    }

    private void AddListItems(Walk walk, NodeKind kind, Section section)
    {
        foreach (var entry in section.ListItems)
        {
            var (name, textStart) = ListItemName(walk.Text, entry);
            if (name.Length > 0)
            {
                walk.Items.Add(new Item(kind, name, section, section.EntryWithDetails(entry), textStart));
            }
        }
    }

    /// <summary>"2. Jailbreaking: circumventing …" is named Jailbreaking; an item without such a title by its key clause.</summary>
    private (string Name, int TextStart) ListItemName(string text, TextSpan entry)
    {
        var start = entry.Start + HeadingParser.NumberingLength(text, entry);
        var value = text.AsSpan(start, entry.End - start);
        var colon = value.IndexOf(':');
        if (colon is > 1 and <= 50 && value[..colon].IndexOfAny("。,;.") < 0)
        {
            return (ItemName.Of(value[..colon].ToString()), start + colon + 1);
        }
        return (_keyPhrase.Of(text, start, entry.End), start);
    }

    private bool IsContainer(Walk walk, Section section) => section.Children.Count > 0 || StepsOf(walk, section).Count > 0 || section.ListItems.Count >= 2;

    private IReadOnlyList<(TextSpan Step, int TextStart)> StepsOf(Walk walk, Section section)
    {
        return walk.Steps[section.Index] ??= _enumeration.Steps(walk.Text, section.Body);
    }
}

/// <summary>The items of a document and the countermeasures its remedies sections name.</summary>
internal sealed record ExtractedItems(IReadOnlyList<Item> Items, IReadOnlyList<Countermeasure> Countermeasures);

/// <summary>
/// A named remedy (一是安全评测, "Retrieval-Augmented Generation (RAG)"); <see cref="Addresses"/> is the
/// item whose section holds it, if any.
/// </summary>
/// <remarks><see cref="Name"/> is null for a section that names none: the technologies its sentences name are the countermeasures.</remarks>
internal sealed record Countermeasure(string? Name, Section Section, IReadOnlyList<TextSpan> Spans, Item? Addresses)
{
    /// <summary>The remedies section it is listed in ("缓解 `样本存在错误`" names what they all address).</summary>
    public Section Remedies { get; init; } = Section;
}

/// <summary>A section of remedies (对策, Mitigation); <see cref="Addresses"/> is the item it sits under, if any.</summary>
internal sealed record RemedySection(Section Section, Item? Addresses);
