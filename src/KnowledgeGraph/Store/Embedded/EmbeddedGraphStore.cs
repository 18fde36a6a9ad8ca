using System.Runtime.InteropServices;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Embedded;

/// <summary>
/// The in-process store used when no Neo4j is configured. Nodes and relations live in arrays of structs
/// (slots) addressed by int: each keeps every document's contribution and merges them when first read
/// after a change, so importing a thousand documents that all name 金融 does not re-merge 金融 a thousand
/// times, and node slots hold their relations both ways as int lists. Few objects and no pointers where
/// ints do: a large import's cost was mostly the collector tracing per-entry objects. Shortest paths are a
/// bounded breadth-first search from both ends (<see cref="BoundedPath"/>). Writers take the write lock for one document
/// at a time, so a reader sees a document either wholly or not at all.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore, IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new();
    // Per document, the node and relation slots it contributes to: what removing it must visit.
    private readonly Dictionary<string, (int[] Nodes, int[] Relations)> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.Ordinal);
    private readonly Slots<NodeSlot> _nodes = new();
    private readonly Dictionary<RelationEnds, int> _relationIndex = [];
    private readonly Slots<RelationSlot> _relations = new();
    // Node ids per kind in ordinal order, sorted when first listed after a node came or went.
    private readonly string[]?[] _sortedByKind = new string[]?[Enum.GetValues<NodeKind>().Length];
    private long _version;

    /// <inheritdoc/>
    public long? Version => Interlocked.Read(ref _version);

    /// <inheritdoc/>
    public Task UpsertDocumentAsync(DocumentGraph document, CancellationToken cancellationToken)
    {
        var ends = document.RelationEndPositions();
        cancellationToken.ThrowIfCancellationRequested();
        // Past this point nothing can fail half-way: the document goes in whole.
        Write(() =>
        {
            var documentId = document.Document.Id;
            RemoveContribution(documentId);
            var slots = new int[document.Nodes.Count + 1];
            var contributed = new List<int>(slots.Length);
            slots[0] = AddNode(documentId, document.Document, contributed);
            for (var i = 0; i < document.Nodes.Count; i++)
            {
                slots[i + 1] = AddNode(documentId, document.Nodes[i], contributed);
            }
            var relations = new List<int>(document.Relations.Count);
            for (var i = 0; i < document.Relations.Count; i++)
            {
                var relation = document.Relations[i];
                var key = new RelationEnds(relation.Type, slots[ends[i].From], slots[ends[i].To]);
                ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_relationIndex, key, out var exists);
                if (!exists)
                {
                    index = _relations.Add(new RelationSlot(key));
                    _nodes[key.From].Outgoing.Add(index);
                    _nodes[key.To].Incoming.Add(index);
                }
                if (_relations[index].Set(documentId, relation))
                {
                    relations.Add(index);
                }
            }
            _documents[documentId] = ([.. contributed], [.. relations]);
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<bool> RemoveDocumentAsync(string document, CancellationToken cancellationToken)
    {
        var id = document.Contains(':', StringComparison.Ordinal) ? document : NodeId.For(NodeKind.Document, document);
        return Task.FromResult(Write(() => RemoveContribution(id)));
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Task.FromResult(Read<IReadOnlyList<GraphNode>>(() =>
            [.. ids.Where(_nodeIndex.ContainsKey).Select(NodeById)]));

    /// <inheritdoc/>
    public Task<Page<GraphNode>> ListAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        Cursor.DecodeRanked(query.After);
        return Task.FromResult(Read(() => RankedPage.Cut(Ranked(query), query)));
    }

    /// <summary>
    /// The nodes a query's filters match, in its order. Kept until the graph changes, like stats and the matrix: the
    /// same question is asked again and again (and paged through), and each answer is a pass over every node of
    /// its kind and their relations. At most <see cref="MaxKeptRankings"/> questions are kept per graph version, so
    /// callers varying their filters cannot make the store hold an answer for each.
    /// </summary>
    private List<RankedNode> Ranked(NodeQuery query)
    {
        List<RankedNode> Rank() => RankedPage.Sort(new NodeFilter(query, kind => SortedIds(kind).Select(NodeById),
            (id, type) => RelationsOf(id, Direction.Out, type), (id, type) => RelationsOf(id, Direction.In, type), DocumentsOf)
            .Apply(SortedIds(query.Kind).Select(NodeById)), query);
        var derived = CurrentDerived();
        var key = (NodeQueryKey.Of(query), 0, 0);
        if (derived.Values.TryGetValue(key, out var kept))
        {
            return (List<RankedNode>)kept;
        }
        if (Interlocked.Increment(ref derived.Rankings) > MaxKeptRankings)
        {
            return Rank();
        }
        return (List<RankedNode>)derived.Values.GetOrAdd(key, _ => Rank());
    }

    private const int MaxKeptRankings = 256;

    /// <inheritdoc/>
    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> nodeIds, RelationType? type, Direction direction,
        CancellationToken cancellationToken) =>
        Task.FromResult(Read<IReadOnlyList<Relation>>(() =>
        {
            var relations = new List<Relation>();
            foreach (var id in nodeIds.Distinct())
            {
                AddRelationsOf(relations, id, direction, type);
            }
            // One direction cannot meet a relation twice among distinct nodes; both can (a relation between two of them).
            return direction == Direction.Both ? [.. relations.DistinctBy(relation => relation.Key)] : relations;
        }));

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, EvidenceSlice>> EvidenceAsync(IReadOnlyCollection<string> nodeIds, RelationType type, int skip, int take,
        CancellationToken cancellationToken) =>
        Task.FromResult(Read<IReadOnlyDictionary<string, EvidenceSlice>>(() =>
        {
            var slices = new Dictionary<string, EvidenceSlice>(StringComparer.Ordinal);
            foreach (var id in nodeIds)
            {
                if (!_nodeIndex.TryGetValue(id, out var index) || slices.ContainsKey(id))
                {
                    continue;
                }
                // The total is kept until the graph changes: counting it walks every relation of a node thousands of
                // reports name, while a page only walks as far as its last sentence.
                var totals = CurrentDerived().EvidenceTotals;
                var known = totals.TryGetValue((index, type), out var kept);
                var (seen, items) = (0, new List<Evidence>(Math.Min(take, 64)));
                // The same order as the node's relations: adjacency order, each relation's evidence as merged.
                foreach (var relation in Typed(index, type, outgoing: true))
                {
                    if (known && items.Count >= take)
                    {
                        break;
                    }
                    var evidence = RelationAt(relation).Evidence;
                    for (var i = Math.Max(0, skip - seen); i < evidence.Count && items.Count < take; i++)
                    {
                        items.Add(evidence[i]);
                    }
                    seen += evidence.Count;
                }
                if (!known)
                {
                    totals[(index, type)] = kept = seen;
                }
                slices[id] = new EvidenceSlice(kept, items);
            }
            return slices;
        }));

    /// <inheritdoc/>
    public Task<Subgraph> NeighborhoodAsync(string id, int depth, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken) =>
        Task.FromResult(Read(() =>
        {
            if (!_nodeIndex.ContainsKey(id))
            {
                return new Subgraph([], []);
            }
            var seen = new HashSet<string>(StringComparer.Ordinal) { id };
            var relations = new Dictionary<RelationKey, Relation>();
            var frontier = new List<string> { id };
            for (var hop = 0; hop < depth && frontier.Count > 0; hop++)
            {
                frontier = NeighbourhoodStep.Take(frontier.SelectMany(node => RelationsOf(node, Direction.Both)), types, seen, relations);
            }
            return new Subgraph([.. seen.Select(NodeById)], [.. relations.Values]);
        }));

    /// <inheritdoc/>
    public Task<Subgraph?> ShortestPathAsync(string from, string to, int maxHops, CancellationToken cancellationToken) =>
        Task.FromResult(Read(() =>
        {
            if (!_nodeIndex.TryGetValue(from, out var start) || !_nodeIndex.TryGetValue(to, out var goal))
            {
                return null;
            }
            if (start == goal)
            {
                return new Subgraph([_nodes[start].Merged], []);
            }
            if (BoundedPath.Find(start, goal, maxHops, NeighboursOf) is not { } relations)
            {
                return null;
            }
            var nodes = new List<int> { start };
            foreach (var relation in relations)
            {
                var ends = _relations[relation].Ends;
                nodes.Add(ends.From == nodes[^1] ? ends.To : ends.From);
            }
            return new Subgraph([.. nodes.Select(node => _nodes[node].Merged)], [.. relations.Select(RelationAt)]);
        }));

    /// <inheritdoc/>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, CancellationToken cancellationToken)
    {
        var query = text.Trim();
        // Sections are searched only when asked for: they are nine in ten nodes and their headings repeat the concepts'.
        var searched = kinds is { Count: > 0 } ? kinds : [.. Enum.GetValues<NodeKind>().Where(kind => kind != NodeKind.Section)];
        return Task.FromResult(Read<IReadOnlyList<SearchHit>>(() => query.Length == 0 ? [] :
        [
            .. searched.Distinct().SelectMany(kind => SortedIds(kind)).Select(NodeById)
                // A hit object only for the nodes that match.
                .Select(node => (Node: node, Score: NameMatch.Score(node, query)))
                .Where(scored => scored.Score > 0)
                .Select(scored => new SearchHit(scored.Node, scored.Score))
                .OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Node.Id, StringComparer.Ordinal)
                .Take(first),
        ]));
    }

    /// <inheritdoc/>
    public Task<GraphStats> StatsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Read(() => Derived(("stats", 0, 0), () => new GraphStats(
            _nodeIndex.Count,
            _relationIndex.Count,
            LiveNodes().GroupBy(node => _nodes[node].Kind).ToDictionary(group => group.Key, group => group.Count()),
            _relationIndex.Keys.GroupBy(ends => ends.Type).ToDictionary(group => group.Key, group => group.Count())))));

    /// <inheritdoc/>
    public Task<ImpactMatrix> MatrixAsync(NodeKind rows, int firstRows, int firstColumns, CancellationToken cancellationToken) =>
        Task.FromResult(Read(() => Derived((rows.ToString(), firstRows, firstColumns), () => ImpactMatrixBuilder.Of(
            SortedIds(rows).Select(id => (NodeById(id), (IReadOnlyList<Relation>)RelationsOf(id, Direction.Out, RelationType.Affects))),
            SortedIds(NodeKind.Industry).ToDictionary(id => id, NodeById, StringComparer.Ordinal),
            firstRows, firstColumns))));

    /// <summary>
    /// Aggregates over the whole graph (stats, the matrix) kept until the graph next changes, like the merged
    /// nodes are: they are read far more often than documents arrive, and each costs a pass over every node.
    /// </summary>
    private T Derived<T>((string What, int A, int B) key, Func<T> compute) where T : class =>
        (T)CurrentDerived().Values.GetOrAdd(key, _ => compute());

    /// <summary>What is kept for the graph as it is now (callers hold the read lock, so the version cannot move).</summary>
    private DerivedCache CurrentDerived()
    {
        var version = Interlocked.Read(ref _version);
        var cache = _derived;
        if (cache.Version != version)
        {
            cache = new DerivedCache(version);
            _derived = cache;
        }
        return cache;
    }

    private sealed record DerivedCache(long Version)
    {
        /// <summary>How many node queries' answers were asked to be kept (see <see cref="Ranked"/>).</summary>
        public int Rankings;

        public System.Collections.Concurrent.ConcurrentDictionary<(string, int, int), object> Values { get; } = new();

        /// <summary>Per node slot, relation type and way (outgoing or not), its relation slots of that type.</summary>
        public System.Collections.Concurrent.ConcurrentDictionary<(int, RelationType, bool), int[]> Adjacency { get; } = new();

        /// <summary>Per node slot and relation type, how many evidence sentences its outgoing relations carry.</summary>
        public System.Collections.Concurrent.ConcurrentDictionary<(int, RelationType), int> EvidenceTotals { get; } = new();
    }

    private DerivedCache _derived = new(-1);

    /// <inheritdoc/>
    public Task<Subgraph> ExportAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Read(() => new Subgraph(
            [.. AllNodes().OrderBy(node => node.Id, StringComparer.Ordinal)],
            [.. _relationIndex.Values.Select(RelationAt).OrderBy(relation => relation.Key, RelationKeyOrder.Instance)])));

    public void Dispose() => _lock.Dispose();

    private int AddNode(string documentId, GraphNode node, List<int> contributed)
    {
        ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_nodeIndex, node.Id, out var exists);
        if (!exists)
        {
            index = _nodes.Add(new NodeSlot(node.Id, node.Kind));
            _sortedByKind[(int)node.Kind] = null;
        }
        if (_nodes[index].Set(documentId, node))
        {
            contributed.Add(index);
        }
        return index;
    }

    private bool RemoveContribution(string documentId)
    {
        if (!_documents.Remove(documentId, out var old))
        {
            return false;
        }
        foreach (var index in old.Relations)
        {
            ref var slot = ref _relations[index];
            slot.Remove(documentId);
            if (slot.Contributions.Count == 0)
            {
                _relationIndex.Remove(slot.Ends);
                _nodes[slot.Ends.From].Outgoing.Remove(index);
                _nodes[slot.Ends.To].Incoming.Remove(index);
                _relations.Remove(index);
            }
        }
        foreach (var index in old.Nodes)
        {
            ref var slot = ref _nodes[index];
            slot.Remove(documentId);
            if (slot.Contributions.Count == 0)
            {
                // No relation is left on it: a relation's documents are among its ends' documents.
                _nodeIndex.Remove(slot.Id!);
                _sortedByKind[(int)slot.Kind] = null;
                _nodes.Remove(index);
            }
        }
        return true;
    }

    private string[] SortedIds(NodeKind kind)
    {
        // Readers fill this under the read lock; two may sort at once and store equal arrays.
        if (_sortedByKind[(int)kind] is not { } ids)
        {
            ids = [.. LiveNodes().Where(node => _nodes[node].Kind == kind).Select(node => _nodes[node].Id!).Order(StringComparer.Ordinal)];
            _sortedByKind[(int)kind] = ids;
        }
        return ids;
    }

    private GraphNode NodeById(string id) => _nodes[_nodeIndex[id]].Merged;

    private Relation RelationAt(int index)
    {
        ref var slot = ref _relations[index];
        return slot.Merged(_nodes[slot.Ends.From].Id!, _nodes[slot.Ends.To].Id!);
    }

    private IEnumerable<int> LiveNodes() => Enumerable.Range(0, _nodes.End).Where(index => _nodes[index].Id is not null);

    private IEnumerable<GraphNode> AllNodes() => LiveNodes().Select(index => _nodes[index].Merged);

    /// <summary>A node's relations, of one type if given (checked on the slot, before a relation is made from it).</summary>
    private List<Relation> RelationsOf(string id, Direction direction, RelationType? type = null)
    {
        var found = new List<Relation>();
        AddRelationsOf(found, id, direction, type);
        return found;
    }

    private void AddRelationsOf(List<Relation> found, string id, Direction direction, RelationType? type)
    {
        if (!_nodeIndex.TryGetValue(id, out var index))
        {
            return;
        }
        if (direction is Direction.Out or Direction.Both)
        {
            foreach (var relation in type is { } outType ? Typed(index, outType, outgoing: true) : _nodes[index].Outgoing.Relations)
            {
                found.Add(RelationAt(relation));
            }
        }
        if (direction is Direction.In or Direction.Both)
        {
            foreach (var relation in type is { } inType ? Typed(index, inType, outgoing: false) : _nodes[index].Incoming.Relations)
            {
                found.Add(RelationAt(relation));
            }
        }
    }

    /// <summary>
    /// A node's relation slots of one type, one way, kept until the graph changes: a challenge named by
    /// thousands of reports has thousands of MENTIONED_IN slots to step over to find its few AFFECTS.
    /// </summary>
    private ReadOnlySpan<int> Typed(int node, RelationType type, bool outgoing) =>
        CurrentDerived().Adjacency.GetOrAdd((node, type, outgoing), static (key, store) =>
        {
            var all = key.Item3 ? store._nodes[key.Item1].Outgoing.Relations : store._nodes[key.Item1].Incoming.Relations;
            var typed = new List<int>();
            foreach (var relation in all)
            {
                if (store._relations[relation].Ends.Type == key.Item2)
                {
                    typed.Add(relation);
                }
            }
            return [.. typed];
        }, this);

    // Both directions: paths ignore direction.
    private List<(int Relation, int Other)> NeighboursOf(int node)
    {
        var neighbours = new List<(int, int)>();
        foreach (var relation in _nodes[node].Outgoing.Relations)
        {
            neighbours.Add((relation, _relations[relation].Ends.To));
        }
        foreach (var relation in _nodes[node].Incoming.Relations)
        {
            neighbours.Add((relation, _relations[relation].Ends.From));
        }
        return neighbours;
    }

    /// <summary>The documents that contribute a node.</summary>
    private IEnumerable<string> DocumentsOf(string id) =>
        _nodeIndex.TryGetValue(id, out var index) ? _nodes[index].Contributions.Documents() : [];


    private T Read<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private void Write(Action write) => Write(() => { write(); return true; });

    private T Write<T>(Func<T> write)
    {
        _lock.EnterWriteLock();
        try
        {
            return write();
        }
        finally
        {
            Interlocked.Increment(ref _version);
            _lock.ExitWriteLock();
        }
    }
}
