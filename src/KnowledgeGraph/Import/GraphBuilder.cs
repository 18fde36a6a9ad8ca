using System.Runtime.InteropServices;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Import;

/// <summary>Collects one document's nodes and relations, merging repeats and keeping each evidence sentence once.</summary>
/// <param name="documentId">The document every relation's evidence belongs to.</param>
/// <param name="text">The document's normalized text, which evidence offsets point into.</param>
/// <param name="pageOf">The page a text offset is on, for formats with pages (PDF); null otherwise.</param>
internal sealed class GraphBuilder(string documentId, string text, Func<int, int?>? pageOf = null)
{
    // Sized for real reports (measured on the corpus: a relation per 45–140 characters, a node per 65–210), so
    // most documents never grow the tables; the densest (the seeds and generated reports: a relation per 17)
    // grow them once or twice. Sized for those instead, a long report's tables reach the large-object heap,
    // and every allocation there brings a full collection nearer.
    private readonly Dictionary<string, GraphNode> _nodes = new(text.Length / 128, StringComparer.Ordinal);
    private readonly Dictionary<RelationKey, int> _relationIndex = new(text.Length / 64);
    private readonly List<PendingRelation> _relations = new(text.Length / 64);
    // One sentence often justifies several relations (金融、医疗、教育…): one string, one Evidence and one
    // evidence list for all of them. Stores keep every relation, and each object kept costs the collector.
    private readonly Dictionary<TextSpan, Evidence[]> _evidence = new(text.Length / 96);

    public void Add(GraphNode node)
    {
        if (_nodes.TryGetValue(node.Id, out var existing))
        {
            // Industries and technologies come back for every sentence that names them, unchanged.
            if (ReferenceEquals(existing, node) || (existing.Name == node.Name && AliasesCovered(existing, node)))
            {
                return;
            }
            // Two mentions of one node in one document merge like two documents' contributions do.
            node = Contributions.MergeNodes([existing, node]) with { DocumentCount = 1 };
        }
        _nodes[node.Id] = node;
    }

    private static bool AliasesCovered(GraphNode existing, GraphNode node)
    {
        for (var i = 0; i < node.Aliases.Count; i++)
        {
            if (!existing.Aliases.Contains(node.Aliases[i]))
            {
                return false;
            }
        }
        return true;
    }

    public void Relate(RelationType type, string from, string to, double confidence, string? sectionId, TextSpan sentence)
    {
        ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_relationIndex, new RelationKey(type, from, to), out var exists);
        if (!exists)
        {
            index = _relations.Count;
            _relations.Add(new PendingRelation(new RelationKey(type, from, to), confidence, EvidenceFor(sectionId, sentence)));
            return;
        }
        ref var relation = ref CollectionsMarshal.AsSpan(_relations)[index];
        relation.Confidence = Math.Max(relation.Confidence, confidence);
        if (!relation.Has(sentence))
        {
            (relation.More ??= []).Add(EvidenceFor(sectionId, sentence)[0]);
        }
    }

    /// <summary>
    /// The document's subgraph: nodes by id, relations in the order the text gives them. The same text
    /// always gives the same lists; stores and exports put relations in their own order.
    /// </summary>
    public DocumentGraph Build(GraphNode document, IReadOnlyList<string> warnings)
    {
        var nodes = _nodes.Values.ToList();
        nodes.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        var relations = new List<Relation>(_relations.Count);
        foreach (var pending in _relations)
        {
            var evidence = pending.More is { } more ? [pending.First[0], .. more] : pending.First;
            relations.Add(new Relation(pending.Key.Type, pending.Key.From, pending.Key.To, pending.Confidence, evidence));
        }
        return new DocumentGraph(document, nodes, relations) { Warnings = warnings };
    }

    /// <summary>A one-item list with the sentence's evidence, shared by every relation the sentence justifies.</summary>
    private Evidence[] EvidenceFor(string? sectionId, TextSpan sentence)
    {
        if (!_evidence.TryGetValue(sentence, out var evidence) || evidence[0].SectionId != sectionId)
        {
            evidence = [new Evidence(documentId, sectionId, sentence.Of(text), sentence.Start, sentence.End, pageOf?.Invoke(sentence.Start))];
            _evidence[sentence] = evidence;
        }
        return evidence;
    }

    /// <summary>A relation while the document is read; nearly all have one piece of evidence. Changed in place in the list.</summary>
    private struct PendingRelation(RelationKey key, double confidence, Evidence[] first)
    {
        public readonly RelationKey Key = key;
        public double Confidence = confidence;
        /// <summary>The first sentence's shared one-item list.</summary>
        public readonly Evidence[] First = first;
        public List<Evidence>? More;

        public readonly bool Has(TextSpan sentence)
        {
            if (First[0].Start == sentence.Start && First[0].End == sentence.End)
            {
                return true;
            }
            foreach (var evidence in More ?? [])
            {
                if (evidence.Start == sentence.Start && evidence.End == sentence.End)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
