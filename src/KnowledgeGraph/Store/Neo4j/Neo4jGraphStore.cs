using KnowledgeGraph.Graph;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// The graph in Neo4j, through the statements of <c>cypher/</c>. A document is written in one explicit
/// transaction: its previous contribution out (evidence, then what only it supported), its nodes and
/// relations in, batched with UNWIND. Reads are one statement per question, batched by id; a
/// neighbourhood costs one statement per hop.
/// </summary>
public sealed class Neo4jGraphStore(Neo4jQueryClient client, ILogger<Neo4jGraphStore> logger) : IGraphStore
{
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private bool _schemaApplied;

    /// <inheritdoc/>
    /// <remarks>Other API replicas and Neo4j Browser users write too: nothing is cached.</remarks>
    public long? Version => null;

    /// <summary>Applies <c>cypher/schema.cypher</c>, one statement per request, then waits for the indexes; once per process.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaApplied)
        {
            return;
        }
        await _schemaLock.WaitAsync(cancellationToken);
        try
        {
            if (_schemaApplied)
            {
                return;
            }
            var statements = CypherFiles.Statements("schema");
            foreach (var statement in statements)
            {
                await client.RunAsync(statement, null, cancellationToken);
            }
            await client.RunAsync(CypherFiles.Statement("await_indexes"), null, cancellationToken);
            Neo4jLog.SchemaApplied(logger, statements.Count);
            _schemaApplied = true;
        }
        finally
        {
            _schemaLock.Release();
        }
    }

    /// <inheritdoc/>
    public async Task UpsertDocumentAsync(DocumentGraph document, CancellationToken cancellationToken)
    {
        document.EnsureConsistent();
        await EnsureSchemaAsync(cancellationToken);
        var documentId = document.Document.Id;
        await client.InTransactionAsync(async (transaction, token) =>
        {
            await RemoveContributionAsync(transaction, documentId, token);
            var nodes = document.Nodes.Append(document.Document).DistinctBy(node => node.Id).Select(Neo4jMapping.NodeRow).ToList();
            await transaction.RunAsync(CypherFiles.Statement("upsert_nodes"), Parameters(("document", documentId), ("rows", nodes)), token);
            foreach (var group in document.Relations.GroupBy(relation => relation.Type))
            {
                // The type comes from RelationType, never from input: relationship types cannot be parameters in MERGE.
                var statement = CypherFiles.Statement("upsert_relations").Replace("__TYPE__", group.Key.ToUpperName(), StringComparison.Ordinal);
                await transaction.RunAsync(statement, Parameters(("document", documentId), ("rows", group.Select(Neo4jMapping.RelationRow).ToList())), token);
            }
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<bool> RemoveDocumentAsync(string document, CancellationToken cancellationToken)
    {
        var id = document.Contains(':', StringComparison.Ordinal) ? document : NodeId.For(NodeKind.Document, document);
        var exists = await client.RunAsync(CypherFiles.Statement("document_exists"), Parameters(("document", id)), cancellationToken);
        if (!exists.Rows.Single()["exists"].GetBoolean())
        {
            return false;
        }
        await client.InTransactionAsync((transaction, token) => RemoveContributionAsync(transaction, id, token), cancellationToken);
        return true;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var result = await client.RunAsync(CypherFiles.Statement("nodes_by_id"), Parameters(("ids", ids.Distinct().ToList())), cancellationToken);
        var found = result.Rows.Select(row => Neo4jMapping.ToNode(row["node"])).ToDictionary(node => node.Id);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    /// <inheritdoc/>
    public async Task<Page<GraphNode>> ListAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        var after = Cursor.DecodeRanked(query.After);
        var result = await client.RunAsync(CypherFiles.Statement("list_nodes"), Parameters(
            ("kind", query.Kind.ToUpperName()),
            ("document", query.InDocument is { Length: > 0 } inDocument ? DocumentId(inDocument) : null),
            ("documents", query.Documents is { Count: > 0 } documents ? documents.Select(DocumentId).ToList() : null),
            ("language", query.Language is { Length: > 0 } language ? language : null),
            ("keys", query.Keys is { Count: > 0 } keys ? keys : null),
            ("nameContains", query.NameContains is { Length: > 0 } contains ? contains : null),
            ("affects", await ResolveAsync(query.AffectsIndustries, [NodeKind.Industry], cancellationToken)),
            ("affectsAll", await ResolveEachAsync(query.AffectsAllIndustries, [NodeKind.Industry], cancellationToken)),
            ("mitigates", await ResolveAsync(query.Mitigates, [NodeKind.Challenge], cancellationToken)),
            ("mitigatedBy", await ResolveAsync(query.MitigatedBy, [NodeKind.Trend, NodeKind.Technology], cancellationToken)),
            ("order", query.OrderBy.ToString().ToUpperInvariant()),
            ("descending", query.Descending),
            ("after", after?.Id),
            ("afterRank", after?.Rank),
            ("first", Math.Min(query.First, int.MaxValue - 1))), cancellationToken);
        var row = result.Rows.Single();
        var rows = row["page"].EnumerateArray()
            .Select(entry => new RankedNode(Neo4jMapping.ToNode(entry.GetProperty("node")), entry.GetProperty("rank").GetInt32(), entry.GetProperty("rank").GetInt32()))
            .ToList();
        var page = rows.Take(query.First).ToList();
        return new Page<GraphNode>([.. page.Select(entry => entry.Node)], rows.Count > query.First,
            page.Count > 0 ? RankedPage.CursorOf(page[^1], query.OrderBy) : null, row["total"].GetInt32())
        {
            Cursors = [.. page.Select(entry => RankedPage.CursorOf(entry, query.OrderBy))],
        };
    }

    private static string DocumentId(string document) =>
        document.Contains(':', StringComparison.Ordinal) ? document : NodeId.For(NodeKind.Document, document);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> nodeIds, RelationType? type, Direction direction,
        CancellationToken cancellationToken)
    {
        if (nodeIds.Count == 0)
        {
            return [];
        }
        var result = await client.RunAsync(CypherFiles.Statement("relations_of"), Parameters(
            ("ids", nodeIds.Distinct().ToList()), ("type", type?.ToUpperName()), ("direction", direction.ToString().ToUpperInvariant())), cancellationToken);
        return [.. result.Rows.Select(Neo4jMapping.ToRelation)];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, EvidenceSlice>> EvidenceAsync(IReadOnlyCollection<string> nodeIds, RelationType type, int skip, int take,
        CancellationToken cancellationToken)
    {
        if (nodeIds.Count == 0)
        {
            return new Dictionary<string, EvidenceSlice>();
        }
        var result = await client.RunAsync(CypherFiles.Statement("evidence_page"), Parameters(
            ("ids", nodeIds.Distinct().ToList()), ("type", type.ToUpperName()), ("skip", skip), ("take", take)), cancellationToken);
        return result.Rows.ToDictionary(row => row["id"].GetString()!, row => new EvidenceSlice(row["total"].GetInt32(),
            [.. row["page"].EnumerateArray().Select(Neo4jMapping.ToEvidence)]), StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public async Task<Subgraph> NeighborhoodAsync(string id, int depth, IReadOnlyCollection<RelationType>? types, CancellationToken cancellationToken)
    {
        if ((await GetNodesAsync([id], cancellationToken)).Count == 0)
        {
            return new Subgraph([], []);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var relations = new Dictionary<RelationKey, Relation>();
        var frontier = new List<string> { id };
        for (var hop = 0; hop < depth && frontier.Count > 0; hop++)
        {
            frontier = NeighbourhoodStep.Take(await GetRelationsAsync(frontier, null, Direction.Both, cancellationToken), types, seen, relations);
        }
        return new Subgraph(await GetNodesAsync(seen, cancellationToken), [.. relations.Values]);
    }

    /// <inheritdoc/>
    public async Task<Subgraph?> ShortestPathAsync(string from, string to, int maxHops, CancellationToken cancellationToken)
    {
        if (from == to)
        {
            var nodes = await GetNodesAsync([from], cancellationToken);
            return nodes.Count == 0 ? null : new Subgraph(nodes, []);
        }
        var result = await client.RunAsync(CypherFiles.Statement("shortest_path"), Parameters(("from", from), ("to", to), ("maxHops", maxHops)), cancellationToken);
        var row = result.Rows.FirstOrDefault();
        if (result.Count == 0)
        {
            return null;
        }
        return new Subgraph(
            [.. row["nodes"].EnumerateArray().Select(Neo4jMapping.ToNode)],
            [.. row["relations"].EnumerateArray().Select(relation => Neo4jMapping.ToRelation(relation.GetProperty("type").GetString()!,
                relation.GetProperty("from").GetString()!, relation.GetProperty("to").GetString()!, relation.GetProperty("relation")))]);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<NodeKind>? kinds, int first, CancellationToken cancellationToken)
    {
        var query = text.Trim();
        if (query.Length == 0)
        {
            return [];
        }
        var result = await client.RunAsync(CypherFiles.Statement("search"), Parameters(
            ("text", query), ("kinds", (kinds is { Count: > 0 } ? kinds : Enum.GetValues<NodeKind>().Where(kind => kind != NodeKind.Section))
                .Select(kind => kind.ToUpperName()).ToList())), cancellationToken);
        return
        [
            .. result.Rows.Select(row => Neo4jMapping.ToNode(row["node"]))
                .Select(node => new SearchHit(node, NameMatch.Score(node, query)))
                .Where(hit => hit.Score > 0)
                .OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Node.Id, StringComparer.Ordinal)
                .Take(first),
        ];
    }

    /// <inheritdoc/>
    public async Task<GraphStats> StatsAsync(CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(CypherFiles.Statement("stats"), null, cancellationToken);
        var byKind = new Dictionary<NodeKind, int>();
        var byRelation = new Dictionary<RelationType, int>();
        foreach (var row in result.Rows)
        {
            var name = row["name"].GetString() ?? "";
            var count = row["count"].GetInt32();
            if (row["what"].GetString() == "kind" && GraphNames.TryParseKind(name, out var kind))
            {
                byKind[kind] = count;
            }
            else if (GraphNames.TryParseRelationType(name, out var type))
            {
                byRelation[type] = count;
            }
        }
        return new GraphStats(byKind.Values.Sum(), byRelation.Values.Sum(), byKind, byRelation);
    }

    /// <inheritdoc/>
    public async Task<ImpactMatrix> MatrixAsync(NodeKind rows, int firstRows, int firstColumns, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(CypherFiles.Statement("matrix"), Parameters(("kind", rows.ToUpperName())), cancellationToken);
        var columns = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var candidates = new List<(GraphNode, IReadOnlyList<Relation>)>();
        foreach (var row in result.Rows)
        {
            var node = Neo4jMapping.ToNode(row["row"]);
            var affects = new List<Relation>();
            foreach (var cell in row["affects"].EnumerateArray())
            {
                var column = Neo4jMapping.ToNode(cell.GetProperty("column"));
                columns.TryAdd(column.Id, column);
                affects.Add(Neo4jMapping.ToRelation("AFFECTS", node.Id, column.Id, cell.GetProperty("relation")));
            }
            candidates.Add((node, affects));
        }
        return ImpactMatrixBuilder.Of(candidates, columns, firstRows, firstColumns);
    }

    /// <inheritdoc/>
    public async Task<Subgraph> ExportAsync(CancellationToken cancellationToken)
    {
        var nodes = await client.RunAsync(CypherFiles.Statement("export_nodes"), null, cancellationToken);
        var relations = await client.RunAsync(CypherFiles.Statement("export_relations"), null, cancellationToken);
        return new Subgraph(
            [.. nodes.Rows.Select(row => Neo4jMapping.ToNode(row["node"]))],
            [.. relations.Rows.Select(Neo4jMapping.ToRelation)
                .OrderBy(relation => relation.Key, RelationKeyOrder.Instance)]);
    }

    private static async Task RemoveContributionAsync(Neo4jTransaction transaction, string documentId, CancellationToken cancellationToken)
    {
        await transaction.RunAsync(CypherFiles.Statement("remove_document_relations"), Parameters(("document", documentId)), cancellationToken);
        await transaction.RunAsync(CypherFiles.Statement("remove_document_nodes"), Parameters(("document", documentId)), cancellationToken);
    }

    /// <summary>Each word's ids on its own (an AND filter: every word must match), in order.</summary>
    private async Task<List<List<string>>?> ResolveEachAsync(IReadOnlyList<string>? words, NodeKind[] kinds, CancellationToken cancellationToken)
    {
        if (words is not { Count: > 0 })
        {
            return null;
        }
        var ids = new List<List<string>>(words.Count);
        foreach (var word in words)
        {
            ids.Add(await ResolveAsync([word], kinds, cancellationToken) ?? []);
        }
        return ids;
    }

    private async Task<List<string>?> ResolveAsync(IReadOnlyList<string>? words, NodeKind[] kinds, CancellationToken cancellationToken)
    {
        if (words is not { Count: > 0 })
        {
            return null;
        }
        var result = await client.RunAsync(CypherFiles.Statement("resolve_names"), Parameters(
            ("kinds", kinds.Select(kind => kind.ToUpperName()).ToList()), ("words", words)), cancellationToken);
        return [.. result.Rows.Select(row => row["id"].GetString()!)];
    }

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(parameter => parameter.Name, parameter => parameter.Value);
}
