using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import;

/// <summary>Collects one document's nodes and relations, merging repeats and keeping each evidence sentence once.</summary>
internal sealed class GraphBuilder(string documentId, string text)
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<RelationKey, (double Confidence, List<Evidence> Evidence)> _relations = [];

    public bool Contains(string id) => _nodes.ContainsKey(id);

    public void Add(GraphNode node)
    {
        if (_nodes.TryGetValue(node.Id, out var existing))
        {
            // Industries and technologies come back for every sentence that names them, unchanged.
            if (ReferenceEquals(existing, node) || (existing.Name == node.Name && node.Aliases.All(existing.Aliases.Contains)))
            {
                return;
            }
            node = existing with
            {
                Aliases = [.. existing.Aliases.Concat(node.Aliases).Append(node.Name).Where(alias => alias != existing.Name).Distinct()],
                Description = existing.Description ?? node.Description,
            };
        }
        _nodes[node.Id] = node;
    }

    public void Relate(RelationType type, string from, string to, double confidence, string? sectionId, TextSpan sentence)
    {
        var key = new RelationKey(type, from, to);
        if (!_relations.TryGetValue(key, out var relation))
        {
            relation = (confidence, []);
        }
        if (!relation.Evidence.Any(evidence => evidence.Start == sentence.Start && evidence.End == sentence.End))
        {
            relation.Evidence.Add(new Evidence(documentId, sectionId, sentence.Of(text), sentence.Start, sentence.End));
        }
        _relations[key] = (Math.Max(relation.Confidence, confidence), relation.Evidence);
    }

    public DocumentGraph Build(GraphNode document, IReadOnlyList<string> warnings) => new(
        document,
        [.. _nodes.Values.OrderBy(node => node.Id, StringComparer.Ordinal)],
        [.. _relations.Select(pair => new Relation(pair.Key.Type, pair.Key.From, pair.Key.To, pair.Value.Confidence, pair.Value.Evidence))
            .OrderBy(relation => relation.Type).ThenBy(relation => relation.From, StringComparer.Ordinal).ThenBy(relation => relation.To, StringComparer.Ordinal)])
    {
        Warnings = warnings,
    };
}
