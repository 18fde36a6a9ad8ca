using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// Scores one report's graph against its gold file by the corpus rules (lenient on wording, strict on
/// facts), so that <c>kg evaluate</c> and <c>score.py</c> give the same figures:
/// a gold concept is found by a Trend or Challenge node with a similar name or alias, or carrying its
/// evidence sentence; a gold relation by a relation of its type between nodes matching its ends;
/// references by title; a citation when a CITES relation reaches the matched reference.
/// </summary>
public static class Scorer
{
    private const int MinContainedEvidence = 8;

    public static ReportScore Score(GoldFile gold, DocumentGraph graph)
    {
        var nodes = graph.Nodes.ToDictionary(node => node.Id);
        var evidence = EvidenceByNode(graph);
        var concepts = graph.Nodes.Where(node => node.Kind is NodeKind.Trend or NodeKind.Challenge).ToList();
        var matches = gold.Required.Concat(gold.Optional)
            .GroupBy(concept => concept.Id).Select(group => group.First())
            .ToDictionary(concept => concept.Id, concept => MatchConcept(concept, concepts, evidence));
        var found = gold.Required.Where(concept => matches[concept.Id].Count > 0).ToList();
        var good = matches.Values.SelectMany(ids => ids).ToHashSet();

        var mitigators = graph.Nodes.Select(node => node.Kind)
            .Where(kind => kind is not (NodeKind.Document or NodeKind.Section or NodeKind.Reference or NodeKind.Industry)).ToHashSet();
        HashSet<string> Ends(string reference, IReadOnlySet<NodeKind> kinds) => matches.TryGetValue(reference, out var ids)
            ? ids
            : graph.Nodes.Where(node => kinds.Contains(node.Kind) && Names(node).Any(name => NameMatching.Similar(name, reference))).Select(node => node.Id).ToHashSet();
        List<(RelationType, string, string)> Hits(GoldRelation relation)
        {
            if (!TryType(relation.Type, out var type))
            {
                return [];
            }
            var from = Ends(relation.From, mitigators);
            var to = Ends(relation.To, type == RelationType.Affects ? new HashSet<NodeKind> { NodeKind.Industry } : [NodeKind.Challenge, NodeKind.Trend]);
            return [.. graph.Relations.Where(emitted => emitted.Type == type && from.Contains(emitted.From) && to.Contains(emitted.To))
                .Select(emitted => (emitted.Type, emitted.From, emitted.To))];
        }
        var scored = gold.Relations.Where(relation => TryType(relation.Type, out _)).ToList();
        var required = scored.Where(relation => relation.Required).ToList();
        var requiredHits = required.Select(Hits).ToList();
        var correct = scored.Concat(gold.OptionalRelations.Where(relation => TryType(relation.Type, out _))).SelectMany(Hits).ToHashSet();
        var emittedRelations = graph.Relations.Where(relation => relation.Type is RelationType.Affects or RelationType.Mitigates)
            .Select(relation => (relation.Type, relation.From, relation.To)).ToHashSet();

        var referenceNodes = graph.Nodes.Where(node => node.Kind == NodeKind.Reference).ToList();
        var referenceMatches = gold.References.GroupBy(reference => reference.Index).Select(group => group.Last())
            .ToDictionary(reference => reference.Index,
                reference => referenceNodes.Where(node => NameMatching.Similar(node.Title ?? node.Name, reference.Title)).Select(node => node.Id).ToHashSet());
        var matchedReferences = referenceMatches.Values.SelectMany(ids => ids).ToHashSet();
        var cited = graph.Relations.Where(relation => relation.Type == RelationType.Cites).Select(relation => relation.To).ToHashSet();

        string NameOf(string id) => nodes.TryGetValue(id, out var node) ? node.Name : id;
        return new ReportScore(
            new Count(found.Count, gold.Required.Count),
            new Count(concepts.Count(node => good.Contains(node.Id)), concepts.Count),
            new Count(requiredHits.Count(hits => hits.Count > 0), required.Count),
            new Count(emittedRelations.Count(correct.Contains), emittedRelations.Count),
            new Count(referenceMatches.Values.Count(ids => ids.Count > 0), gold.References.Count),
            new Count(referenceNodes.Count(node => matchedReferences.Contains(node.Id)), referenceNodes.Count),
            new Count(gold.CitedIndexes.Count(index => referenceMatches.TryGetValue(index, out var ids) && ids.Overlaps(cited)), gold.CitedIndexes.Count),
            [.. gold.Required.Where(concept => matches[concept.Id].Count == 0).Select(concept => concept.Name)],
            [.. concepts.Where(node => !good.Contains(node.Id)).Select(node => node.Name)],
            [.. required.Zip(requiredHits).Where(pair => pair.Second.Count == 0).Select(pair => $"{pair.First.Type} {pair.First.From} -> {pair.First.To}")],
            [.. emittedRelations.Where(relation => !correct.Contains(relation))
                .OrderBy(relation => $"{relation.Type.ToUpperName()}\u0000{relation.From}\u0000{relation.To}", StringComparer.Ordinal)
                .Select(relation => $"{relation.Type.ToUpperName()} {NameOf(relation.From)} -> {NameOf(relation.To)}")]);
    }

    private static HashSet<string> MatchConcept(GoldConcept concept, List<GraphNode> candidates, Dictionary<string, List<string>> evidence)
    {
        var names = concept.Aliases.Prepend(concept.Name).ToList();
        var sentence = NameMatching.Normalize(concept.Evidence);
        return candidates.Where(node =>
                new[] { node.Name, node.NameEn }.Concat(node.Aliases).Any(name => !string.IsNullOrEmpty(name) && names.Any(known => NameMatching.Similar(name, known)))
                || (sentence.Length > 0 && evidence.TryGetValue(node.Id, out var sentences)
                    && sentences.Any(said => said.Contains(sentence, StringComparison.Ordinal) || (said.Length > MinContainedEvidence && sentence.Contains(said, StringComparison.Ordinal)))))
            .Select(node => node.Id).ToHashSet();
    }

    private static Dictionary<string, List<string>> EvidenceByNode(DocumentGraph graph)
    {
        var byNode = new Dictionary<string, List<string>>();
        foreach (var relation in graph.Relations)
        {
            foreach (var end in new[] { relation.From, relation.To }.Distinct())
            {
                if (!byNode.TryGetValue(end, out var sentences))
                {
                    byNode[end] = sentences = [];
                }
                sentences.AddRange(relation.Evidence.Select(item => NameMatching.Normalize(item.Sentence)));
            }
        }
        return byNode;
    }

    private static IEnumerable<string> Names(GraphNode node) => new[] { node.Name, node.NameEn, node.Key }.Concat(node.Aliases).OfType<string>().Where(name => name.Length > 0);

    private static bool TryType(string type, out RelationType relationType)
    {
        relationType = type.ToUpperInvariant() switch
        {
            "AFFECTS" => RelationType.Affects,
            "MITIGATES" => RelationType.Mitigates,
            _ => RelationType.MentionedIn,
        };
        return relationType != RelationType.MentionedIn;
    }
}
