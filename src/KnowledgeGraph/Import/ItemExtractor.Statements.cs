using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import;

/// <summary>Items the text states where no heading announces them, and key-point summaries.</summary>
internal sealed partial class ItemExtractor
{
    /// <summary>
    /// Where no heading announces them, the text states trends and challenges: in every paragraph that no
    /// item, remedy or frame holds, the sentence with the most statement cues (未来 / 趋势 / will; 难以 / 缺乏 /
    /// lack of) is an item of the kind its cues say — or of the kind its section's heading announces.
    /// </summary>
    private void AddStatements(Walk walk, Outline outline)
    {
        // A report whose headings carry its points states them there; its prose only explains them.
        // A summary of key points at the top does not say where the body states them.
        var byHeadings = walk.Items.Count - walk.KeyPoints >= MinHeadingItems;
        var taken = new bool[outline.SectionCount];
        foreach (var section in walk.Items.Select(item => item.Section).Concat(walk.Remedies.Select(remedy => remedy.Section)))
        {
            Array.Fill(taken, true, section.Index, section.LastIndex - section.Index + 1);
        }
        // A section whose items are its parts has said what its points are; its own prose introduces them.
        var holdsItems = new bool[outline.SectionCount];
        foreach (var item in walk.Items)
        {
            for (var at = item.Section; at is not null; at = at.Parent)
            {
                holdsItems[at.Index] = true;
            }
        }
        foreach (var section in outline.Sections)
        {
            if (holdsItems[section.Index] && !taken[section.Index])
            {
                AddOverarchingStatement(walk, section);
                continue;
            }
            if (taken[section.Index] || section.IsReferences || _cues.RoleOf(section.Heading) is HeadingRole.NonItem or HeadingRole.Mitigations)
            {
                Array.Fill(taken, true, section.Index, section.LastIndex - section.Index + 1);
                continue;
            }
            var announced = _cues.KindOf(section.Heading);
            if (IndustryList(walk, section, announced) is { } industries)
            {
                walk.Items.Add(industries);
                continue;
            }
            foreach (var paragraph in section.Body)
            {
                // Where headings carry the points, only a sentence that says it twice over is one more.
                if (MostOutspoken(walk, paragraph, announced, byHeadings && announced is null ? StrongStatement : 1) is var (sentence, kind))
                {
                    var name = StatementName(walk.Text, sentence, kind);
                    if (name.Length >= MinStatementName)
                    {
                        // Its paragraph is its text: the industries the paragraph names are the ones it affects.
                        walk.Items.Add(new Item(kind, name, section, [paragraph], sentence.Start));
                    }
                }
            }
        }
        AddTrendsStatedInRemedies(walk);
    }

    /// <summary>
    /// "Unlike Transformers, which suffer from quadratic costs, Mamba operates in linear time": a trend's sentence that
    /// states a problem outright (the ontology's problem phrasings, not its looser challenge cues) names the challenge
    /// the trend answers, by the clause that says it.
    /// </summary>
    private void AddProblemsTrendsAnswer(Walk walk)
    {
        var text = walk.Text;
        var itemSections = walk.Items.Select(item => item.Section).ToHashSet();
        foreach (var trend in walk.Items.Where(item => item.Kind == NodeKind.Trend).ToList())
        {
            // A whole section's item speaks through all of its text ("Key Features of RWKV:" and the points under
            // it), but for the parts that are items of their own.
            var spans = trend.Whole ? OwnText(trend.Section, trend.Section, itemSections) : trend.Spans;
            foreach (var span in spans)
            {
                if (span == trend.Section.HeadingSpan || !_problemStatements.IsIn(span.SpanOf(text)))
                {
                    continue;
                }
                foreach (var sentence in Sentences.In(text, span))
                {
                    if (ProblemClause(text, sentence) is { Length: >= MinStatementName } name
                        && !walk.Items.Any(item => item.Kind == NodeKind.Challenge && item.Name == name))
                    {
                        walk.Items.Add(new Item(NodeKind.Challenge, name, trend.Section, [sentence], sentence.Start) { AnsweredBy = trend });
                    }
                }
            }
        }
    }

    /// <summary>The text of a section and its parts, a part that is an item of its own left out with all under it.</summary>
    private static IEnumerable<TextSpan> OwnText(Section section, Section item, HashSet<Section> itemSections)
    {
        if (section != item && itemSections.Contains(section))
        {
            yield break;
        }
        foreach (var span in section.Body)
        {
            yield return span;
        }
        foreach (var child in section.Children)
        {
            foreach (var span in OwnText(child, item, itemSections))
            {
                yield return span;
            }
        }
    }

    // "which suffer from computational and memory costs": the relative word and the verb of suffering belong to the
    // sentence; what is suffered names the problem.
    private static readonly string[] RelativeOpeners = ["which ", "that ", "who "];
    private static readonly string[] ProblemVerbs = ["suffer from ", "suffers from ", "struggle with ", "struggles with "];

    /// <summary>The clause of the sentence that holds its problem phrasing, named as an item is; empty when there is none.</summary>
    private string ProblemClause(string text, TextSpan sentence)
    {
        var start = sentence.Start;
        for (var i = sentence.Start; i <= sentence.End; i++)
        {
            if (i < sentence.End && text[i] is not (',' or ';' or ':' or '，' or '；' or '：'))
            {
                continue;
            }
            var clause = new TextSpan(start, i);
            if (clause.Length > 0 && _problemStatements.IsIn(clause.SpanOf(text)))
            {
                var name = ItemName.Of(clause.Of(text).Trim());
                foreach (var opener in RelativeOpeners.Concat(ProblemVerbs))
                {
                    if (name.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
                    {
                        name = name[opener.Length..];
                    }
                }
                return name;
            }
            start = i + 1;
        }
        return "";
    }

    /// <summary>
    /// "…或许会颠覆整个搜索模式,也是未来大模型应用的一条新赛道": a remedy's prose that says three times over where
    /// the field is going states a trend beside the remedy.
    /// </summary>
    private void AddTrendsStatedInRemedies(Walk walk)
    {
        foreach (var remedies in walk.Remedies)
        {
            foreach (var section in remedies.Section.SelfAndDescendants())
            {
                foreach (var paragraph in section.Body)
                {
                    if (MostOutspoken(walk, paragraph, null, StrongStatement) is (var sentence, NodeKind.Trend)
                        && StatementName(walk.Text, sentence, NodeKind.Trend) is { Length: >= MinStatementName } name)
                    {
                        walk.Items.Add(new Item(NodeKind.Trend, name, section, [paragraph], sentence.Start));
                    }
                }
            }
        }
    }

    /// <summary>
    /// "未来大模型的攻防将在动态抗衡中不断升级" opening a section of predictions: the intro of a section whose parts
    /// are its items states a point of its own when it says so twice over, the kind its heading announces.
    /// </summary>
    private void AddOverarchingStatement(Walk walk, Section section)
    {
        // A web article opens with a byline, a source and a subscription line ("原创", "文 | 某研究院"): the opening is
        // its first paragraph of prose.
        var opening = section.Parent is null ? section.Body.FirstOrDefault(IsProse(walk.Text)) : section.Body.FirstOrDefault();
        if (opening.Length == 0 || opening.Start > (section.Children.FirstOrDefault()?.HeadingSpan.Start ?? int.MaxValue))
        {
            return;
        }
        // The document's own opening ("如今各式各样的大模型如雨后春笋般涌现…") is the root's: its kind is what its words say.
        var announced = section.Parent is null ? null : _cues.KindOf(section.Heading);
        // A report's opening often says both where the field stands and what troubles it ("…创造了巨大经济价值。…然而,
        // 这些技术带来的安全风险…"): it states its most outspoken trend and its most outspoken challenge.
        NodeKind?[] kinds = announced is null ? [NodeKind.Trend, NodeKind.Challenge] : [null];
        foreach (var only in kinds)
        {
            if (MostOutspoken(walk, opening, announced, OverarchingStatement, only) is var (sentence, kind))
            {
                var name = StatementName(walk.Text, sentence, kind);
                if (name.Length >= MinStatementName)
                {
                    walk.Items.Add(new Item(kind, name, section, [WithExamples(walk.Text, opening, sentence)], sentence.Start));
                }
            }
        }
    }

    /// <summary>
    /// "…创造了巨大经济价值。例如,在金融行业,大模型被用于风险评估…": the sentences right after a statement that open
    /// with an example say where it holds; they are its text too (the industries they name are the ones it affects).
    /// </summary>
    private TextSpan WithExamples(string text, TextSpan paragraph, TextSpan statement)
    {
        var end = statement.End;
        foreach (var sentence in Sentences.In(text, paragraph))
        {
            if (sentence.Start < end)
            {
                continue;
            }
            // An example's clauses after a semicolon ("例如,在金融行业…;在医疗行业…") are the example still.
            var continues = end > statement.End && text[end - 1] is ';' or '；';
            if (!continues && !OpensWithExample(sentence.SpanOf(text).TrimStart()))
            {
                break;
            }
            end = sentence.End;
        }
        return new TextSpan(statement.Start, end);
    }

    private bool OpensWithExample(ReadOnlySpan<char> sentence)
    {
        foreach (var opener in _exampleOpeners)
        {
            if (sentence.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private const int OverarchingStatement = 2;

    /// <summary>A paragraph of prose, not a byline or a caption: a statement's length, and it ends a sentence (NFKC made ！？ ASCII).</summary>
    private static Func<TextSpan, bool> IsProse(string text) => span =>
        span.Length >= MinStatement && text[span.End - 1] is '。' or '.' or '!' or '?' or '”' or '"';

    /// <summary>
    /// "快速采用: 医疗保健 / 金融 / 软件开发", "Lagging: manufacturing, farming": a titled list whose entries are
    /// industries says something of them all. It is one item, named by its title, a trend unless its heading or
    /// entries say it is a challenge; its entries are its text, so it affects each industry.
    /// </summary>
    private Item? IndustryList(Walk walk, Section section, NodeKind? announced)
    {
        if (section.Parent is null || section.ListItems.Count < MinIndustries || section.Children.Count > 0 || ItemName.Of(section.Heading) is not { Length: > 0 } name)
        {
            return null;
        }
        var found = new List<(Ontology.Entity Entity, TextSpan Match)>();
        foreach (var entry in section.ListItems)
        {
            found.Clear();
            _industries.Find(walk.Text, entry, found);
            var words = Letters(entry.SpanOf(walk.Text));
            var named = found.Where(match => match.Entity.Kind == NodeKind.Industry).Sum(match => match.Match.Length);
            // The entry is the industry's name, give or take a figure in brackets ("制造业 (4家公司, 1%)").
            if (named == 0 || named * 2 < words - ParentheticalWords(walk.Text, entry))
            {
                return null;
            }
        }
        var spans = new List<TextSpan> { section.HeadingSpan };
        spans.AddRange(section.ListItems);
        var text = string.Join(" ", spans.Select(span => span.Of(walk.Text)));
        var kind = announced ?? (_challengeStatements.Count(text) > _trendStatements.Count(text) ? NodeKind.Challenge : NodeKind.Trend);
        return new Item(kind, name, section, spans, section.HeadingSpan.Start);
    }

    private const int MinIndustries = 2;

    private static int ParentheticalWords(string text, TextSpan entry)
    {
        var value = entry.SpanOf(text);
        var open = value.IndexOfAny('(', '（');
        return open < 0 ? 0 : Letters(value[open..]);
    }

    private static int Letters(ReadOnlySpan<char> value)
    {
        var count = 0;
        foreach (var c in value)
        {
            count += char.IsAsciiLetter(c) || HeadingText.IsCjk(c) ? 1 : 0;
        }
        return count;
    }

    /// <summary>A statement is named by its clause that carries the cue ("…,创业公司很难在这条赛道上跑出来"), not by a condition before it.</summary>
    private string StatementName(string text, TextSpan sentence, NodeKind kind)
    {
        var cues = kind == NodeKind.Trend ? _trendStatements : _challengeStatements;
        var clauses = new List<TextSpan>();
        var start = sentence.Start;
        for (var i = sentence.Start; i <= sentence.End; i++)
        {
            if (i == sentence.End || text[i] is ',' or ';' or ':' or '。')
            {
                if (i > start)
                {
                    clauses.Add(new TextSpan(start, i));
                }
                start = i + 1;
            }
        }
        for (var c = 0; c < clauses.Count; c++)
        {
            if (cues.IsIn(clauses[c].SpanOf(text)))
            {
                // "未来,端侧模型将…": a clause as short as its cue opens the sentence, the next one carries it;
                // "…做通用大模型,非常难。": it closes the sentence, the one before it belongs to it.
                var clause = clauses[c].Length >= MinStatementName ? clauses[c]
                    : c + 1 < clauses.Count ? clauses[c + 1]
                    : c > 0 ? new TextSpan(clauses[c - 1].Start, clauses[c].End)
                    : clauses[c];
                return WithoutMarker(ItemName.Of(clause.Of(text)));
            }
        }
        return _keyPhrase.Of(text, sentence.Start, sentence.End);
    }

    /// <summary>"首先中国一定会有…" is named without the enumeration word that opens it.</summary>
    private string WithoutMarker(string name)
    {
        foreach (var marker in _markersLongestFirst)
        {
            if (name.Length > marker.Length + MinStatementName && name.StartsWith(marker, StringComparison.OrdinalIgnoreCase)
                && (HeadingText.IsCjk(marker[0]) || name[marker.Length] is ' ' or ','))
            {
                return name[marker.Length..].TrimStart(' ', ',', '是');
            }
        }
        return name;
    }

    private const int MinHeadingItems = 3;
    private const int MinStatementName = 4;
    private const int MinStatement = 10;
    private const int MaxStatement = 200;

    /// <summary>A line that is a link's title ("Web3的10大创业投资机会") names another page; it states nothing here.</summary>
    private static bool IsMostlyLink(Walk walk, TextSpan sentence)
    {
        var linked = 0;
        var (from, to) = LinkRange.Overlapping(walk.Links, sentence);
        for (var i = from; i < to; i++)
        {
            var link = walk.Links[i].Span;
            linked += Math.Min(link.End, sentence.End) - Math.Max(link.Start, sentence.Start);
        }
        return linked * 2 > sentence.Length;
    }

    private const int ConclusionOpening = 12;

    private const int StrongStatement = 3;

    /// <summary>
    /// A summary of main points ("重点概览", "Key takeaways"): each bold-lead point or list entry is an item,
    /// a trend or a challenge as its words say (statement cues).
    /// </summary>
    private void AddKeyPoints(Walk walk, Section section)
    {
        var before = walk.Items.Count;
        AddKeyPointItems(walk, section);
        walk.KeyPoints += walk.Items.Count - before;
    }

    private void AddKeyPointItems(Walk walk, Section section)
    {
        foreach (var point in section.Children.Where(child => !child.IsReferences))
        {
            var text = string.Join(" ", point.Body.Prepend(point.HeadingSpan).Select(span => span.Of(walk.Text)));
            AddSectionItem(walk, KindStated(text), point);
        }
        foreach (var entry in section.ListItems)
        {
            var (name, textStart) = ListItemName(walk.Text, entry);
            if (name.Length > 0)
            {
                walk.Items.Add(new Item(KindStated(entry.Of(walk.Text)), name, section, section.EntryWithDetails(entry), textStart));
            }
        }
    }

    private NodeKind KindStated(string text) =>
        _challengeStatements.Count(text) > _trendStatements.Count(text) ? NodeKind.Challenge : NodeKind.Trend;
}
