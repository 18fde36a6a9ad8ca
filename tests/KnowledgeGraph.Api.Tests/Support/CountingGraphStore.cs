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

    public void Reset() => _calls.Clear();

    private T Count<T>(string method, T result)
    {
        _calls.AddOrUpdate(method, 1, (_, count) => count + 1);
        return result;
    }

    public Task UpsertDocumentAsync(DocumentGraph document, CancellationToken cancellationToken) =>
        Count(nameof(UpsertDocumentAsync), inner.UpsertDocumentAsync(document, cancellationToken));

    public Task<bool> RemoveDocumentAsync(string document, CancellationToken cancellationToken) =>
        Count(nameof(RemoveDocumentAsync), inner.RemoveDocumentAsync(document, cancellationToken));

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Count(nameof(GetNodesAsync), inner.GetNodesAsync(ids, cancellationToken));

    public Task<Page<GraphNode>> ListAsync(NodeQuery query, CancellationToken cancellationToken) =>
        Count(nameof(ListAsync), inner.ListAsync(query, cancellationToken));

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> nodeIds, RelationType? type, Direction direction, CancellationToken cancellationToken) =>
        Count(nameof(GetRelationsAsync), inner.GetRelationsAsync(nodeIds, type, direction, cancellationToken));

    public Task<Subgraph> NeighborhoodAsync(string id, int depth, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken) =>
        Count(nameof(NeighborhoodAsync), inner.NeighborhoodAsync(id, depth, types, cancellationToken));

    public Task<Subgraph?> ShortestPathAsync(string from, string to, int maxHops, CancellationToken cancellationToken) =>
        Count(nameof(ShortestPathAsync), inner.ShortestPathAsync(from, to, maxHops, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, CancellationToken cancellationToken) =>
        Count(nameof(SearchAsync), inner.SearchAsync(text, kinds, first, cancellationToken));

    public Task<GraphStats> StatsAsync(CancellationToken cancellationToken) => Count(nameof(StatsAsync), inner.StatsAsync(cancellationToken));

    public Task<Subgraph> ExportAsync(CancellationToken cancellationToken) => Count(nameof(ExportAsync), inner.ExportAsync(cancellationToken));
}
