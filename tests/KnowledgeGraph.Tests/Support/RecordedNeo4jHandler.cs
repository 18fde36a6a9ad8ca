using System.Net;
using System.Text;

namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// Plays back recorded Neo4j Query API replies (shapes from shared/neo4j/http-api.md §6) in order, and
/// keeps every request it was sent, so the client's protocol is tested without a server.
/// </summary>
public sealed class RecordedNeo4jHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _replies = new();

    public List<(HttpMethod Method, string Path, string? Body, Dictionary<string, string> Headers)> Requests { get; } = [];

    public RecordedNeo4jHandler Reply(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        _replies.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }
            return response;
        });
        return this;
    }

    /// <summary>The connection is refused, as with a stopped server.</summary>
    public RecordedNeo4jHandler Refuse()
    {
        _replies.Enqueue(() => throw new HttpRequestException("Connection refused (127.0.0.1:7474)"));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.ToDictionary(header => header.Key, header => string.Join(",", header.Value), StringComparer.OrdinalIgnoreCase);
        Requests.Add((request.Method, request.RequestUri!.AbsolutePath, request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken), headers));
        return _replies.Count > 0 ? _replies.Dequeue()() : throw new InvalidOperationException($"no recorded reply left for {request.Method} {request.RequestUri}");
    }
}
