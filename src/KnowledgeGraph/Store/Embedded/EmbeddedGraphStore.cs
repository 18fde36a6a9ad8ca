using KnowledgeGraph.Graph;
using QuikGraph;
using QuikGraph.Algorithms;

namespace KnowledgeGraph.Store.Embedded;

/// <summary>
/// The in-process store used when no Neo4j is configured. Every node and relation is an entry that keeps
/// each document's contribution and merges them when first read after a change, so importing a thousand
/// documents that all name 金融 does not re-merge 金融 a thousand times. Node entries hold their relations
/// both ways; shortest paths run QuikGraph's Dijkstra on an undirected view of those lists. Writers take
/// the write lock for one document at a time, so a reader sees a document either wholly or not at all.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore, IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<string, DocumentGraph> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NodeEntry> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<RelationKey, RelationEntry> _relations = [];
    // Node ids per kind in ordinal order, sorted when first listed after a node came or went.
    private readonly string[]?[] _sortedByKind = new string[]?[Enum.GetValues<NodeKind>().Length];
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
            var documentId = document.Document.Id;
            RemoveContribution(documentId);
            _documents[documentId] = document;
            AddNode(documentId, document.Document);
            foreach (var node in document.Nodes)
            {
                AddNode(documentId, node);
            }
            foreach (var relation in document.Relations)
            {
                var key = relation.Key;
                if (!_relations.TryGetValue(key, out var entry))
                {
                    entry = new RelationEntry(key);
                    _relations.Add(key, entry);
                    _nodes[key.From].Outgoing.Add(entry);
                    _nodes[key.To].Incoming.Add(entry);
                }
                entry.Set(documentId, relation);
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
        Task.FromResult(Read<IReadOnlyList<GraphNode>>(() =>
            [.. ids.Select(id => _nodes.GetValueOrDefault(id)).OfType<NodeEntry>().Select(entry => entry.Merged)]));

    /// <inheritdoc/>
    public Task<Page<GraphNode>> ListAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        var after = Cursor.Decode(query.After);
        return Task.FromResult(Read(() =>
        {
            var candidates = SortedIds(query.Kind).Select(id => _nodes[id].Merged);
            var matching = new NodeFilter(query, AllNodes(), OutgoingOf, IncomingOf).Apply(candidates).ToList();
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
            if (!_nodes.ContainsKey(id))
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
            return new Subgraph([.. seen.Select(node => _nodes[node].Merged)], [.. relations.Values]);
        }));

    /// <inheritdoc/>
    public Task<Subgraph?> ShortestPathAsync(string from, string to, int maxHops, CancellationToken cancellationToken) =>
        Task.FromResult(Read(() =>
        {
            if (!_nodes.TryGetValue(from, out var start) || !_nodes.ContainsKey(to))
            {
                return null;
            }
            if (from == to)
            {
                return new Subgraph([start.Merged], []);
            }
            var undirected = _nodes.Keys.ToDelegateUndirectedGraph<string, RelationEntry>(
                id => _nodes[id].Outgoing.Concat(_nodes[id].Incoming));
            var paths = undirected.ShortestPathsDijkstra(_ => 1.0, from);
            if (!paths(to, out var found) || found.Count() > maxHops)
            {
                return null;
            }
            var edges = found.ToList();
            var nodes = new List<string> { from };
            foreach (var edge in edges)
            {
                nodes.Add(edge.Source == nodes[^1] ? edge.Target : edge.Source);
            }
            return new Subgraph([.. nodes.Select(node => _nodes[node].Merged)], [.. edges.Select(edge => edge.Merged)]);
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
            _nodes.Count,
            _relations.Count,
            _nodes.Values.GroupBy(node => node.Kind).ToDictionary(group => group.Key, group => group.Count()),
            _relations.Keys.GroupBy(key => key.Type).ToDictionary(group => group.Key, group => group.Count()))));

    /// <inheritdoc/>
    public Task<Subgraph> ExportAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Read(() => new Subgraph(
            [.. AllNodes().OrderBy(node => node.Id, StringComparer.Ordinal)],
            [.. _relations.Keys.Order(RelationKeyOrder.Instance).Select(key => _relations[key].Merged)])));

    public void Dispose() => _lock.Dispose();

    private void AddNode(string documentId, GraphNode node)
    {
        if (!_nodes.TryGetValue(node.Id, out var entry))
        {
            entry = new NodeEntry(node.Id, node.Kind);
            _nodes.Add(node.Id, entry);
            _sortedByKind[(int)node.Kind] = null;
        }
        entry.Set(documentId, node);
    }

    private bool RemoveContribution(string documentId)
    {
        if (!_documents.Remove(documentId, out var old))
        {
            return false;
        }
        foreach (var relation in old.Relations)
        {
            if (!_relations.TryGetValue(relation.Key, out var entry))
            {
                continue;
            }
            entry.Remove(documentId);
            if (entry.Count == 0)
            {
                _relations.Remove(relation.Key);
                _nodes[relation.From].Outgoing.Remove(entry);
                _nodes[relation.To].Incoming.Remove(entry);
            }
        }
        foreach (var node in old.Nodes.Append(old.Document))
        {
            if (_nodes.TryGetValue(node.Id, out var entry))
            {
                entry.Remove(documentId);
                if (entry.Count == 0)
                {
                    _nodes.Remove(node.Id);
                    _sortedByKind[(int)node.Kind] = null;
                }
            }
        }
        return true;
    }

    private string[] SortedIds(NodeKind kind)
    {
        // Readers fill this under the read lock; two may sort at once and store equal arrays.
        if (_sortedByKind[(int)kind] is not { } ids)
        {
            ids = [.. _nodes.Values.Where(node => node.Kind == kind).Select(node => node.Id).Order(StringComparer.Ordinal)];
            _sortedByKind[(int)kind] = ids;
        }
        return ids;
    }

    private IEnumerable<Relation> RelationsOf(string id, Direction direction)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            return [];
        }
        var outgoing = direction is Direction.Out or Direction.Both ? node.Outgoing : [];
        var incoming = direction is Direction.In or Direction.Both ? node.Incoming : [];
        return outgoing.Concat(incoming).Select(entry => entry.Merged);
    }

    private IEnumerable<GraphNode> AllNodes() => _nodes.Values.Select(node => node.Merged);

    private IEnumerable<Relation> OutgoingOf(string id) => RelationsOf(id, Direction.Out);

    private IEnumerable<Relation> IncomingOf(string id) => RelationsOf(id, Direction.In);

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
