using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Import;

/// <summary>Collects one document's nodes and relations, merging repeats and keeping each evidence sentence once.</summary>
internal sealed class GraphBuilder(string documentId, string text)
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<RelationKey, (double Confidence, List<Evidence> Evidence)> _relations = [];
    // One sentence often justifies several relations (金融、医疗、教育…): one string and one Evidence for all of them.
    private readonly Dictionary<TextSpan, Evidence> _evidence = [];

    public void Add(GraphNode node)
    {
        if (_nodes.TryGetValue(node.Id, out var existing))
        {
            // Industries and technologies come back for every sentence that names them, unchanged.
            if (ReferenceEquals(existing, node) || (existing.Name == node.Name && node.Aliases.All(existing.Aliases.Contains)))
            {
                return;
            }
            // Two mentions of one node in one document merge like two documents' contributions do.
            node = Contributions.MergeNodes([existing, node]);
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
            if (!_evidence.TryGetValue(sentence, out var evidence) || evidence.SectionId != sectionId)
            {
                evidence = new Evidence(documentId, sectionId, sentence.Of(text), sentence.Start, sentence.End);
                _evidence[sentence] = evidence;
            }
            relation.Evidence.Add(evidence);
        }
        _relations[key] = (Math.Max(relation.Confidence, confidence), relation.Evidence);
    }

    /// <summary>The document's subgraph, nodes by id and relations by type, then ends: the same text always gives the same lists.</summary>
    public DocumentGraph Build(GraphNode document, IReadOnlyList<string> warnings)
    {
        var nodes = _nodes.Values.ToList();
        nodes.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        var relations = _relations.Select(pair => new Relation(pair.Key.Type, pair.Key.From, pair.Key.To, pair.Value.Confidence, pair.Value.Evidence)).ToList();
        relations.Sort((x, y) => x.Type != y.Type ? x.Type.CompareTo(y.Type)
            : string.CompareOrdinal(x.From, y.From) is var from and not 0 ? from
            : string.CompareOrdinal(x.To, y.To));
        return new DocumentGraph(document, nodes, relations) { Warnings = warnings };
    }
}
