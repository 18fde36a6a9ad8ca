using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>
/// Where the graph lives. The importer writes one document's subgraph at a time; every read the API
/// needs is here, batched by id so nested GraphQL fields cost one call per level, not per parent.
/// Implementations: <see cref="Embedded.EmbeddedGraphStore"/> (default) and the Neo4j store.
/// </summary>
public interface IGraphStore
{
    /// <summary>
    /// A number that changes whenever this process changes the graph, so answers can be cached until it
    /// does; null when other processes may change the graph too (Neo4j), where nothing may be cached.
    /// </summary>
    long? Version { get; }

    /// <summary>Adds a document's subgraph, replacing what an earlier version of it contributed; all or nothing.</summary>
    Task UpsertDocumentAsync(DocumentGraph document, CancellationToken cancellationToken);

    /// <summary>Removes a document's contribution (by document id or key); false when it was not there.</summary>
    Task<bool> RemoveDocumentAsync(string document, CancellationToken cancellationToken);

    /// <summary>The nodes with these ids, in the order asked; unknown ids are left out.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    Task<Page<GraphNode>> ListAsync(NodeQuery query, CancellationToken cancellationToken);

    /// <summary>The relations touching any of these nodes, optionally of one type, in the given direction from them.</summary>
    Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> nodeIds, RelationType? type, Direction direction,
        CancellationToken cancellationToken);

    /// <summary>
    /// For each node, a page of the evidence of its outgoing relations of one type (MENTIONED_IN: the sentences
    /// naming it), relation after relation in a stable order, and the total: a node named by thousands of
    /// reports answers with a few sentences without its relations being loaded.
    /// </summary>
    Task<IReadOnlyDictionary<string, EvidenceSlice>> EvidenceAsync(IReadOnlyCollection<string> nodeIds, RelationType type, int skip, int take,
        CancellationToken cancellationToken);

    /// <summary>Nodes within <paramref name="depth"/> hops of a node (either direction) and the relations among them.</summary>
    Task<Subgraph> NeighborhoodAsync(string id, int depth, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken);

    /// <summary>A shortest path of at most <paramref name="maxHops"/> relations, ignoring direction; null when none.</summary>
    Task<Subgraph?> ShortestPathAsync(string from, string to, int maxHops, CancellationToken cancellationToken);

    /// <summary>Nodes whose name, English name, alias or key contains the text (any script), best first; sections only when <paramref name="kinds"/> asks for them.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, CancellationToken cancellationToken);

    Task<GraphStats> StatsAsync(CancellationToken cancellationToken);

    /// <summary>Nodes of <paramref name="rows"/>' kind × the industries they AFFECT: the most-reported rows and columns first.</summary>
    Task<ImpactMatrix> MatrixAsync(NodeKind rows, int firstRows, int firstColumns, CancellationToken cancellationToken);

    /// <summary>The whole merged graph, for exports.</summary>
    Task<Subgraph> ExportAsync(CancellationToken cancellationToken);
}
