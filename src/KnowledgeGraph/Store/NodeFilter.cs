using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>A node that passed a query's filters, with what it is ranked by.</summary>
public readonly record struct RankedNode(GraphNode Node, int Documents, int Evidence);

/// <summary>
/// Applies a <see cref="NodeQuery"/>'s filters over a store's nodes and relations, and counts for each match
/// how many documents and sentences say so: those of the relations a relationship filter matched (the
/// challenges that affect finance, ranked by the reports saying they affect finance), else the node's own.
/// </summary>
internal sealed class NodeFilter(NodeQuery query, Func<NodeKind, IEnumerable<GraphNode>> nodesOf,
    Func<string, RelationType, IEnumerable<Relation>> outgoing, Func<string, RelationType, IEnumerable<Relation>> incoming, Func<string, IEnumerable<string>> documentsOf)
{
    public IEnumerable<RankedNode> Apply(IEnumerable<GraphNode> candidates)
    {
        var affects = Resolve(query.AffectsIndustries, NodeKind.Industry);
        var affectsAll = query.AffectsAllIndustries is { Count: > 0 } all
            ? all.Select(word => Resolve([word], NodeKind.Industry)!).ToList()
            : null;
        var mitigates = Resolve(query.Mitigates, NodeKind.Challenge);
        var mitigatedBy = Resolve(query.MitigatedBy, NodeKind.Trend, NodeKind.Technology);
        var documents = query.Documents is { Count: > 0 } listed ? listed.Select(DocumentId).ToHashSet(StringComparer.Ordinal) : null;
        var inLanguage = query.Language is { Length: > 0 } language
            ? nodesOf(NodeKind.Document).Where(node => string.Equals(node.Language, language, StringComparison.OrdinalIgnoreCase))
                .Select(node => node.Id).ToHashSet(StringComparer.Ordinal)
            : null;
        var inDocument = query.InDocument is { Length: > 0 } one ? DocumentId(one) : null;
        var byRelations = affects is not null || affectsAll is not null || mitigates is not null || mitigatedBy is not null;
        foreach (var node in candidates)
        {
            if ((inDocument is not null && node.DocumentId != inDocument)
                || (query.NameContains is { Length: > 0 } contains && !NameMatch.NamesOf(node).Any(name => name.Contains(contains, StringComparison.OrdinalIgnoreCase)))
                || (query.Keys is { Count: > 0 } keys && !keys.Any(key => key == node.Key || key == node.Id))
                || (documents is not null && !documentsOf(node.Id).Any(documents.Contains))
                || (inLanguage is not null && !documentsOf(node.Id).Any(inLanguage.Contains)))
            {
                continue;
            }
            if (!byRelations)
            {
                yield return new RankedNode(node, node.DocumentCount, Mentions(node.Id));
                continue;
            }
            var matched = new List<Relation>();
            if (!Matches(node.Id, affects, affectsAll, mitigates, mitigatedBy, matched))
            {
                continue;
            }
            // One matched relation knows its documents; several may share some, so those are counted once.
            yield return new RankedNode(node, DocumentUnion.Count(matched), matched.Sum(relation => relation.Evidence.Count));
        }
    }

    /// <summary>Whether every relationship filter matches; the relations that did are added to <paramref name="matched"/>.</summary>
    private bool Matches(string id, HashSet<string>? affects, List<HashSet<string>>? affectsAll, HashSet<string>? mitigates, HashSet<string>? mitigatedBy,
        List<Relation> matched)
    {
        if (affects is not null || affectsAll is not null)
        {
            var affected = outgoing(id, RelationType.Affects).ToList();
            if (affects is not null && !Add(affected.Where(relation => affects.Contains(relation.To)), matched))
            {
                return false;
            }
            if (affectsAll is not null && !affectsAll.All(industries => Add(affected.Where(relation => industries.Contains(relation.To)), matched)))
            {
                return false;
            }
        }
        if (mitigates is not null && !Add(outgoing(id, RelationType.Mitigates).Where(relation => mitigates.Contains(relation.To)), matched))
        {
            return false;
        }
        return mitigatedBy is null || Add(incoming(id, RelationType.Mitigates).Where(relation => mitigatedBy.Contains(relation.From)), matched);
    }

    /// <summary>Adds the relations not matched yet; whether there were any.</summary>
    private static bool Add(IEnumerable<Relation> relations, List<Relation> matched)
    {
        var found = relations.ToList();
        matched.AddRange(found.Where(relation => !matched.Contains(relation)));
        return found.Count > 0;
    }

    private int Mentions(string id) => outgoing(id, RelationType.MentionedIn).Sum(relation => relation.Evidence.Count);

    private static string DocumentId(string document) =>
        document.Contains(':', StringComparison.Ordinal) ? document : NodeId.For(NodeKind.Document, document);

    private HashSet<string>? Resolve(IReadOnlyList<string>? words, params NodeKind[] kinds) =>
        words is not { Count: > 0 }
            ? null
            : kinds.SelectMany(nodesOf).Where(node => words.Any(word => NameMatch.Names(node, word))).Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
}
