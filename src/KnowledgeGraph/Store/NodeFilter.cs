using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>Applies a <see cref="NodeQuery"/>'s filters over a store's nodes and relations.</summary>
internal sealed class NodeFilter(NodeQuery query, IEnumerable<GraphNode> allNodes,
    Func<string, IEnumerable<Relation>> outgoing, Func<string, IEnumerable<Relation>> incoming)
{
    public IEnumerable<GraphNode> Apply(IEnumerable<GraphNode> candidates)
    {
        var affects = Resolve(query.AffectsIndustries, node => node.Kind == NodeKind.Industry);
        var mitigates = Resolve(query.Mitigates, node => node.Kind == NodeKind.Challenge);
        var mitigatedBy = Resolve(query.MitigatedBy, node => node.Kind is NodeKind.Trend or NodeKind.Technology);
        var document = query.InDocument is { Length: > 0 } inDocument && !inDocument.Contains(':', StringComparison.Ordinal)
            ? NodeId.For(NodeKind.Document, inDocument) : query.InDocument;
        return candidates.Where(node =>
            (document is null || node.DocumentId == document)
            && (query.NameContains is not { Length: > 0 } contains || NameMatch.NamesOf(node).Any(name => name.Contains(contains, StringComparison.OrdinalIgnoreCase)))
            && (query.Keys is not { Count: > 0 } keys || keys.Any(key => key == node.Key || key == node.Id))
            && (affects is null || outgoing(node.Id).Any(relation => relation.Type == RelationType.Affects && affects.Contains(relation.To)))
            && (mitigates is null || outgoing(node.Id).Any(relation => relation.Type == RelationType.Mitigates && mitigates.Contains(relation.To)))
            && (mitigatedBy is null || incoming(node.Id).Any(relation => relation.Type == RelationType.Mitigates && mitigatedBy.Contains(relation.From))));
    }

    private HashSet<string>? Resolve(IReadOnlyList<string>? words, Func<GraphNode, bool> kind) =>
        words is not { Count: > 0 }
            ? null
            : allNodes.Where(node => kind(node) && words.Any(word => NameMatch.Names(node, word))).Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
}
