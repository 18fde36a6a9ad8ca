using GraphQL.DataLoader;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.GraphQL.Loading;

/// <summary>Which relations of a node a field wants.</summary>
public readonly record struct RelationsOf(string NodeId, RelationType? Type, Direction Direction);

/// <summary>Which page of a node's evidence a field wants.</summary>
public readonly record struct EvidenceOf(string NodeId, RelationType Type, int Skip, int Take);

/// <summary>
/// The per-request loaders every nested field goes through: nodes by id, a node's relations, and the
/// nodes at their other ends. One store call per kind of question per level of the query.
/// </summary>
public sealed class GraphLoader
{
    private readonly BatchLoader<string, GraphNode?> _nodes;
    private readonly BatchLoader<RelationsOf, IReadOnlyList<Relation>> _relations;
    private readonly BatchLoader<RelationsOf, IReadOnlyList<GraphNode>> _neighbours;
    private readonly BatchLoader<EvidenceOf, EvidenceSlice> _evidence;

    public GraphLoader(IGraphStore store)
    {
        _nodes = new(async (ids, cancellationToken) =>
            (await store.GetNodesAsync(ids, cancellationToken)).ToDictionary(node => node.Id, node => (GraphNode?)node), null);
        _relations = new((keys, cancellationToken) => RelationsAsync(store, keys, cancellationToken), []);
        _neighbours = new((keys, cancellationToken) => NeighboursAsync(store, keys, cancellationToken), []);
        _evidence = new(async (keys, cancellationToken) =>
        {
            var result = new Dictionary<EvidenceOf, EvidenceSlice>();
            foreach (var group in keys.GroupBy(key => (key.Type, key.Skip, key.Take)))
            {
                var slices = await store.EvidenceAsync([.. group.Select(key => key.NodeId).Distinct()], group.Key.Type, group.Key.Skip, group.Key.Take, cancellationToken);
                foreach (var key in group)
                {
                    result[key] = slices.TryGetValue(key.NodeId, out var slice) ? slice : new EvidenceSlice(0, []);
                }
            }
            return result;
        }, new EvidenceSlice(0, []));
    }

    public IDataLoaderResult<GraphNode?> Node(string id) => _nodes.Load(id);

    /// <summary>A page of the evidence of a node's outgoing relations of one type, and its total.</summary>
    public IDataLoaderResult<EvidenceSlice> Evidence(string nodeId, RelationType type, int skip, int take) =>
        _evidence.Load(new EvidenceOf(nodeId, type, skip, take));

    public IDataLoaderResult<IReadOnlyList<GraphNode>> Nodes(IReadOnlyList<string> ids) => DataLoaderResults.All([.. ids.Select(Node)]);

    public IDataLoaderResult<IReadOnlyList<Relation>> Relations(string nodeId, RelationType? type, Direction direction) =>
        _relations.Load(new RelationsOf(nodeId, type, direction));

    public IDataLoaderResult<IReadOnlyList<GraphNode>> Neighbours(string nodeId, RelationType type, Direction direction) =>
        _neighbours.Load(new RelationsOf(nodeId, type, direction));

    /// <summary>The nodes at the other ends of each key's relations, each once, in the relations' order.</summary>
    private static async Task<IReadOnlyDictionary<RelationsOf, IReadOnlyList<GraphNode>>> NeighboursAsync(IGraphStore store,
        IReadOnlyList<RelationsOf> keys, CancellationToken cancellationToken)
    {
        var relations = await RelationsAsync(store, keys, cancellationToken);
        var ends = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, own) in relations)
        {
            foreach (var relation in own)
            {
                ends.Add(OtherEnd(key.NodeId, relation));
            }
        }
        var nodes = (await store.GetNodesAsync(ends, cancellationToken)).ToDictionary(node => node.Id, StringComparer.Ordinal);
        var result = new Dictionary<RelationsOf, IReadOnlyList<GraphNode>>(relations.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, own) in relations)
        {
            seen.Clear();
            var neighbours = new List<GraphNode>(own.Count);
            foreach (var relation in own)
            {
                var end = OtherEnd(key.NodeId, relation);
                if (seen.Add(end) && nodes.TryGetValue(end, out var node))
                {
                    neighbours.Add(node);
                }
            }
            result[key] = neighbours;
        }
        return result;
    }

    private static async Task<IReadOnlyDictionary<RelationsOf, IReadOnlyList<Relation>>> RelationsAsync(IGraphStore store,
        IReadOnlyList<RelationsOf> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<RelationsOf, IReadOnlyList<Relation>>();
        // One store call per (type, direction) asked for at this level, covering every node that asked.
        foreach (var group in keys.GroupBy(key => (key.Type, key.Direction)))
        {
            var ids = group.Select(key => key.NodeId).Distinct().ToList();
            var relations = await store.GetRelationsAsync(ids, group.Key.Type, group.Key.Direction, cancellationToken);
            // Handed back to each node by its end, in one pass: fifty nodes named by a thousand reports bring
            // tens of thousands of relations, and asking each node of each relation was the request's cost.
            var byNode = new Dictionary<string, List<Relation>>(ids.Count, StringComparer.Ordinal);
            foreach (var relation in relations)
            {
                if (group.Key.Direction is Direction.Out or Direction.Both)
                {
                    Add(byNode, relation.From, relation);
                }
                if (group.Key.Direction is Direction.In || (group.Key.Direction is Direction.Both && relation.To != relation.From))
                {
                    Add(byNode, relation.To, relation);
                }
            }
            foreach (var key in group)
            {
                result[key] = byNode.TryGetValue(key.NodeId, out var own) ? own : [];
            }
        }
        return result;
    }

    private static void Add(Dictionary<string, List<Relation>> byNode, string nodeId, Relation relation)
    {
        if (!byNode.TryGetValue(nodeId, out var list))
        {
            byNode[nodeId] = list = [];
        }
        list.Add(relation);
    }

    private static string OtherEnd(string nodeId, Relation relation) => relation.From == nodeId ? relation.To : relation.From;
}
