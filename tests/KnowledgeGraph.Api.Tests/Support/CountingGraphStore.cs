using System.Collections.Concurrent;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>Passes every call through and counts it, to show nested fields are batched.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new();

    public int Calls(string method) => _calls.GetValueOrDefault(method);

    public int TotalCalls => _calls.Values.Sum();

    public long? Version => inner.Version;

    public void Reset() => _calls.Clear();

    /// <summary>While true, every call fails the way a store that cannot be reached does.</summary>
    public bool Down { get; set; }

    private T Count<T>(string method, T result)
    {
        _calls.AddOrUpdate(method, 1, (_, count) => count + 1);
        return result;
    }

    private void ThrowIfDown()
    {
        if (Down)
        {
            throw new GraphStoreUnavailableException("the test store is down");
        }
    }

    public Task UpsertDocumentAsync(DocumentGraph document, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Count(nameof(UpsertDocumentAsync), inner.UpsertDocumentAsync(document, cancellationToken));
    }

    public Task<bool> RemoveDocumentAsync(string document, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Count(nameof(RemoveDocumentAsync), inner.RemoveDocumentAsync(document, cancellationToken));
    }

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Count(nameof(GetNodesAsync), inner.GetNodesAsync(ids, cancellationToken));
    }

    public Task<Page<GraphNode>> ListAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Count(nameof(ListAsync), inner.ListAsync(query, cancellationToken));
    }

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> nodeIds, RelationType? type, Direction direction, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Count(nameof(GetRelationsAsync), inner.GetRelationsAsync(nodeIds, type, direction, cancellationToken));
    }

    public Task<IReadOnlyDictionary<string, EvidenceSlice>> EvidenceAsync(IReadOnlyCollection<string> nodeIds, RelationType type, int skip, int take,
        CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Count(nameof(EvidenceAsync), inner.EvidenceAsync(nodeIds, type, skip, take, cancellationToken));
    }

    public Task<Subgraph> NeighborhoodAsync(string id, int depth, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Count(nameof(NeighborhoodAsync), inner.NeighborhoodAsync(id, depth, types, cancellationToken));
    }

    public Task<Subgraph?> ShortestPathAsync(string from, string to, int maxHops, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Count(nameof(ShortestPathAsync), inner.ShortestPathAsync(from, to, maxHops, cancellationToken));
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Count(nameof(SearchAsync), inner.SearchAsync(text, kinds, first, cancellationToken));
    }

    public Task<GraphStats> StatsAsync(CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Count(nameof(StatsAsync), inner.StatsAsync(cancellationToken));
    }

    public Task<ImpactMatrix> MatrixAsync(NodeKind rows, int firstRows, int firstColumns, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Count(nameof(MatrixAsync), inner.MatrixAsync(rows, firstRows, firstColumns, cancellationToken));
    }

    public Task<Subgraph> ExportAsync(CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Count(nameof(ExportAsync), inner.ExportAsync(cancellationToken));
    }
}
