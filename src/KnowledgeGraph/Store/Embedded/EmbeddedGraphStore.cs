using KnowledgeGraph.Graph;
using System.Collections.Concurrent;
using QuikGraph;
using QuikGraph.Algorithms;

namespace KnowledgeGraph.Store.Embedded;

/// <summary>
/// The in-process store used when no Neo4j is configured. It keeps every document's contribution; the
/// merged node or relation is built when first read after a change and cached, so importing a thousand
/// documents that all name 金融 does not re-merge 金融 a thousand times. Writers take the write lock for one
/// document at a time, so a reader sees a document either wholly or not at all. Traversal and shortest
/// paths are QuikGraph's.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore, IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<string, DocumentGraph> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedList<string, GraphNode>> _nodeSources = new(StringComparer.Ordinal);
    private readonly Dictionary<RelationKey, SortedList<string, Relation>> _relationSources = [];
    // Merged values, filled by readers (hence concurrent) and emptied of what a writer changes.
    private readonly ConcurrentDictionary<string, GraphNode> _merged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<RelationKey, Relation> _mergedRelations = new();
    private readonly Dictionary<NodeKind, SortedSet<string>> _byKind = Enum.GetValues<NodeKind>().ToDictionary(kind => kind, _ => new SortedSet<string>(StringComparer.Ordinal));
    private readonly BidirectionalGraph<string, TaggedEdge<string, RelationKey>> _graph = new(allowParallelEdges: true);
    private readonly Dictionary<RelationKey, TaggedEdge<string, RelationKey>> _edges = [];
    private long _version;

    /// <inheritdoc/>
    public long? Version => Interlocked.Read(ref _version);

    /// <inheritdoc/>
    public Task UpsertDocumentAsync(DocumentGraph document, CancellationToken cancellationToken)
    {
        document.EnsureConsistent();
        cancellationToken.ThrowIfCancellationRequested();
        // Past this point nothing can fail half-way: the document goes in whole.
        Write(() =>
        {
            RemoveContribution(document.Document.Id);
            _documents[document.Document.Id] = document;
            foreach (var node in document.Nodes.Append(document.Document).DistinctBy(node => node.Id))
            {
                Sources(_nodeSources, node.Id)[document.Document.Id] = node;
                RefreshNode(node.Id, node.Kind);
            }
            foreach (var relation in document.Relations)
            {
                Sources(_relationSources, relation.Key)[document.Document.Id] = relation;
                RefreshRelation(relation.Key);
            }
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
        Task.FromResult(Read<IReadOnlyList<GraphNode>>(() => [.. ids.Where(_nodeSources.ContainsKey).Select(Node)]));

    /// <inheritdoc/>
    public Task<Page<GraphNode>> ListAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        var after = Cursor.Decode(query.After);
        return Task.FromResult(Read(() =>
        {
            var matching = new NodeFilter(query, AllNodes(), OutgoingOf, IncomingOf).Apply(_byKind[query.Kind].Select(Node)).ToList();
            var start = after is null ? 0 : matching.FindIndex(node => string.CompareOrdinal(node.Id, after) > 0);
            var page = start < 0 ? [] : matching.Skip(start).Take(query.First).ToList();
            var hasNext = start >= 0 && start + page.Count < matching.Count;
            return new Page<GraphNode>(page, hasNext, page.Count > 0 ? Cursor.Encode(page[^1].Id) : null, matching.Count);
        }));
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> nodeIds, RelationType? type, Direction direction,
        CancellationToken cancellationToken) =>
        Task.FromResult(Read<IReadOnlyList<Relation>>(() =>
        [
            .. nodeIds.Distinct().SelectMany(id => RelationsOf(id, direction))
                .Where(relation => type is null || relation.Type == type)
                .DistinctBy(relation => relation.Key),
        ]));

    /// <inheritdoc/>
    public Task<Subgraph> NeighborhoodAsync(string id, int depth, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken) =>
        Task.FromResult(Read(() =>
        {
            if (!_nodeSources.ContainsKey(id))
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
            return new Subgraph([.. seen.Select(Node)], [.. relations.Values]);
        }));

    /// <inheritdoc/>
    public Task<Subgraph?> ShortestPathAsync(string from, string to, int maxHops, CancellationToken cancellationToken) =>
        Task.FromResult(Read(() =>
        {
            if (!_nodeSources.ContainsKey(from) || !_nodeSources.ContainsKey(to))
            {
                return null;
            }
            if (from == to)
            {
                return new Subgraph([Node(from)], []);
            }
            var undirected = new UndirectedBidirectionalGraph<string, TaggedEdge<string, RelationKey>>(_graph);
            var paths = undirected.ShortestPathsDijkstra(_ => 1.0, from);
            if (!paths(to, out var edges) || edges.Count() > maxHops)
            {
                return null;
            }
            var nodes = new List<string> { from };
            foreach (var edge in edges)
            {
                nodes.Add(edge.Source == nodes[^1] ? edge.Target : edge.Source);
            }
            return new Subgraph([.. nodes.Select(Node)], [.. edges.Select(edge => RelationOf(edge.Tag))]);
        }));

    /// <inheritdoc/>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, CancellationToken cancellationToken)
    {
        var query = text.Trim();
        return Task.FromResult(Read<IReadOnlyList<SearchHit>>(() => query.Length == 0 ? [] :
        [
            .. AllNodes()
                .Where(node => kinds is not { Count: > 0 } || kinds.Contains(node.Kind))
                .Select(node => new SearchHit(node, NameMatch.Score(node, query)))
                .Where(hit => hit.Score > 0)
                .OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Node.Id, StringComparer.Ordinal)
                .Take(first),
        ]));
    }

    /// <inheritdoc/>
    public Task<GraphStats> StatsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Read(() => new GraphStats(
            _nodeSources.Count,
            _relationSources.Count,
            _byKind.Where(pair => pair.Value.Count > 0).ToDictionary(pair => pair.Key, pair => pair.Value.Count),
            _relationSources.Keys.GroupBy(key => key.Type).ToDictionary(group => group.Key, group => group.Count()))));

    /// <inheritdoc/>
    public Task<Subgraph> ExportAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Read(() => new Subgraph(
            [.. AllNodes().OrderBy(node => node.Id, StringComparer.Ordinal)],
            [.. _relationSources.Keys.Order(RelationOrder.Instance).Select(RelationOf)])));

    public void Dispose() => _lock.Dispose();

    private bool RemoveContribution(string documentId)
    {
        if (!_documents.Remove(documentId, out var old))
        {
            return false;
        }
        foreach (var relation in old.Relations)
        {
            _relationSources[relation.Key].Remove(documentId);
            RefreshRelation(relation.Key);
        }
        foreach (var node in old.Nodes.Append(old.Document).DistinctBy(node => node.Id))
        {
            _nodeSources[node.Id].Remove(documentId);
            RefreshNode(node.Id, node.Kind);
        }
        return true;
    }

    private void RefreshNode(string id, NodeKind kind)
    {
        // ContainsKey reads without a lock; TryRemove always takes one, and a bulk import has nothing cached.
        if (_merged.ContainsKey(id))
        {
            _merged.TryRemove(id, out _);
        }
        var sources = _nodeSources[id];
        if (sources.Count == 0)
        {
            _nodeSources.Remove(id);
            _byKind[kind].Remove(id);
            _graph.RemoveVertex(id);
            return;
        }
        _byKind[kind].Add(id);
        _graph.AddVertex(id);
    }

    private void RefreshRelation(RelationKey key)
    {
        if (_mergedRelations.ContainsKey(key))
        {
            _mergedRelations.TryRemove(key, out _);
        }
        var sources = _relationSources[key];
        if (sources.Count == 0)
        {
            _relationSources.Remove(key);
            if (_edges.Remove(key, out var edge))
            {
                _graph.RemoveEdge(edge);
            }
            return;
        }
        if (!_edges.ContainsKey(key))
        {
            var edge = new TaggedEdge<string, RelationKey>(key.From, key.To, key);
            _graph.AddVerticesAndEdge(edge);
            _edges[key] = edge;
        }
    }

    private IEnumerable<Relation> RelationsOf(string id, Direction direction)
    {
        if (!_graph.ContainsVertex(id))
        {
            return [];
        }
        var outgoing = direction is Direction.Out or Direction.Both ? _graph.OutEdges(id) : [];
        var incoming = direction is Direction.In or Direction.Both ? _graph.InEdges(id) : [];
        return outgoing.Concat(incoming).Select(edge => RelationOf(edge.Tag));
    }

    private GraphNode Node(string id) => _merged.GetOrAdd(id, key => Contributions.MergeNodes(_nodeSources[key].Values));

    private Relation RelationOf(RelationKey key) => _mergedRelations.GetOrAdd(key, relation => Contributions.MergeRelations(_relationSources[relation].Values));

    private IEnumerable<GraphNode> AllNodes() => _nodeSources.Keys.Select(Node);

    private sealed class RelationOrder : IComparer<RelationKey>
    {
        public static RelationOrder Instance { get; } = new();

        public int Compare(RelationKey x, RelationKey y) =>
            x.Type != y.Type ? x.Type.CompareTo(y.Type)
            : string.CompareOrdinal(x.From, y.From) is var from and not 0 ? from
            : string.CompareOrdinal(x.To, y.To);
    }

    private IEnumerable<Relation> OutgoingOf(string id) => RelationsOf(id, Direction.Out);

    private IEnumerable<Relation> IncomingOf(string id) => RelationsOf(id, Direction.In);

    private static SortedList<string, TValue> Sources<TKey, TValue>(Dictionary<TKey, SortedList<string, TValue>> sources, TKey key)
        where TKey : notnull
    {
        if (!sources.TryGetValue(key, out var list))
        {
            list = new SortedList<string, TValue>(StringComparer.Ordinal);
            sources[key] = list;
        }
        return list;
    }

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
