namespace KnowledgeGraph.Store.Neo4j;

/// <summary>An open explicit transaction; every request echoes the cluster affinity the server gave at begin.</summary>
public sealed class Neo4jTransaction
{
    private readonly Neo4jQueryClient _client;
    private readonly string _path;
    private readonly string? _affinity;
    private bool _finished;

    internal Neo4jTransaction(Neo4jQueryClient client, string path, string? affinity)
    {
        _client = client;
        _path = path;
        _affinity = affinity;
    }

    public Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        _client.RunInAsync(_path, _affinity, statement, parameters, cancellationToken);

    internal async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _client.CommitAsync(_path, _affinity, cancellationToken);
        _finished = true;
    }

    /// <summary>Best effort: a transaction whose request failed is often gone already, and expires anyway.</summary>
    internal async Task RollbackQuietlyAsync()
    {
        if (_finished)
        {
            return;
        }
        _finished = true;
        try
        {
            await _client.RollbackAsync(_path, _affinity, CancellationToken.None);
        }
        catch (Exception ex) when (ex is Neo4jException or HttpRequestException or TaskCanceledException)
        {
            // The server drops a transaction whose statement failed; nothing left to undo.
        }
    }
}
