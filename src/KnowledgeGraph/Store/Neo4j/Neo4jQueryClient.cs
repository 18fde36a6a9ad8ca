using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// A small client for Neo4j's HTTP Query API (<c>POST /db/{db}/query/v2</c>, explicit transactions under
/// <c>/tx</c>). Written by hand because the official .NET driver (Bolt) is not on this project's package
/// source; the Query API is Neo4j's own HTTP protocol, on by default from 5.26. Every value travels as a
/// parameter. Success is 2xx with no <c>errors</c>; <c>Neo.TransientError.*</c> (sent as HTTP 400),
/// 502/503/504, refused connections and timeouts are retried with exponential back-off (Polly); anything
/// else is not. A store that stays unreachable, refuses the credentials or rate-limits us becomes one
/// <see cref="GraphStoreUnavailableException"/>.
/// </summary>
public sealed partial class Neo4jQueryClient
{
    private const string AffinityHeader = "neo4j-cluster-affinity";
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly ILogger<Neo4jQueryClient> _logger;
    private readonly ResiliencePipeline _retry;
    private readonly AuthenticationHeaderValue _authorization;

    public Neo4jQueryClient(HttpClient http, IOptions<Neo4jOptions> options, ILogger<Neo4jQueryClient> logger)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
        _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.User}:{_options.Password}")));
        _retry = new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
            MaxRetryAttempts = Math.Max(1, _options.MaxRetries),
            Delay = _options.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            OnRetry = arguments =>
            {
                Neo4jLog.Retrying(_logger, arguments.AttemptNumber + 1, arguments.Outcome.Exception?.GetType().Name ?? "", arguments.Outcome.Exception?.Message ?? "");
                return default;
            },
        }).Build();
        if (_options.MaxRetries <= 0)
        {
            _retry = ResiliencePipeline.Empty;
        }
    }

    private string DatabasePath => $"db/{Uri.EscapeDataString(_options.Database)}/query/v2";

    /// <summary>Runs one statement in an implicit (auto-commit) transaction, retrying transient failures.</summary>
    public async Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        await GuardAsync(() => _retry.ExecuteAsync(async token =>
        {
            using var response = await SendAsync(HttpMethod.Post, DatabasePath, Neo4jRequestBody.Statement(statement, parameters ?? Empty), null, token);
            return ReadResult(await ReadBodyAsync(response, token));
        }, cancellationToken).AsTask());

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it; any failure rolls it back.
    /// A transient failure retries the whole unit from the start, so a document is written all or nothing.
    /// </summary>
    public async Task InTransactionAsync(Func<Neo4jTransaction, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        await GuardAsync(async () =>
        {
            await _retry.ExecuteAsync(async token =>
            {
                var transaction = await BeginAsync(token);
                try
                {
                    await work(transaction, token);
                    await transaction.CommitAsync(token);
                }
                catch
                {
                    await transaction.RollbackQuietlyAsync();
                    throw;
                }
            }, cancellationToken);
            return true;
        });

    private async Task<Neo4jTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{DatabasePath}/tx", Neo4jRequestBody.Empty(), null, cancellationToken);
        var body = await ReadBodyAsync(response, cancellationToken);
        var id = body.GetProperty("transaction").GetProperty("id").GetString() ?? throw new Neo4jException("Neo.Http.BadResponse", "no transaction id", (int)response.StatusCode);
        var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        return new Neo4jTransaction(this, $"{DatabasePath}/tx/{Uri.EscapeDataString(id)}", affinity);
    }

    internal async Task<Neo4jResult> RunInAsync(string path, string? affinity, string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, path, Neo4jRequestBody.Statement(statement, parameters ?? Empty), affinity, cancellationToken);
        return ReadResult(await ReadBodyAsync(response, cancellationToken));
    }

    internal async Task CommitAsync(string path, string? affinity, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{path}/commit", Neo4jRequestBody.Empty(), affinity, cancellationToken);
        await ReadBodyAsync(response, cancellationToken);
    }

    internal async Task RollbackAsync(string path, string? affinity, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Delete, path, null, affinity, cancellationToken);
        await ReadBodyAsync(response, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? body, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_options.Uri, path));
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(Json);
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }
        request.Content = body;
        return await _http.SendAsync(request, cancellationToken);
    }

    private static async Task<JsonElement> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonElement body = default;
        if (text.Length > 0)
        {
            try
            {
                body = JsonDocument.Parse(text).RootElement;
            }
            catch (JsonException)
            {
                // Proxies and overloaded servers answer in HTML; the status still says what happened.
            }
        }
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            throw new Neo4jException(first.GetProperty("code").GetString() ?? "Neo.Unknown", first.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "", (int)response.StatusCode);
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new Neo4jException($"Neo.Http.{(int)response.StatusCode}", response.ReasonPhrase ?? "", (int)response.StatusCode);
        }
        return body;
    }

    private static Neo4jResult ReadResult(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("data", out var data))
        {
            return Neo4jResult.Empty;
        }
        var fields = data.GetProperty("fields").EnumerateArray().Select(field => field.GetString() ?? "").ToList();
        return new Neo4jResult(fields, [.. data.GetProperty("values").EnumerateArray()]);
    }

    private static bool IsTransient(Exception exception) => exception switch
    {
        Neo4jException neo4j => neo4j.IsTransient,
        HttpRequestException => true,
        // HttpClient's own timeout, not the caller's cancellation.
        TaskCanceledException { InnerException: TimeoutException } => true,
        _ => false,
    };

    // One translation at the edge: what makes the store unusable becomes GraphStoreUnavailableException.
    private async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Neo4jException ex) when (ex.IsAuthentication)
        {
            throw new GraphStoreUnavailableException($"Neo4j at {_options.Uri} refused the credentials of user '{_options.User}' (KnowledgeGraph:Neo4j:User and Password): {ex.Code}", ex);
        }
        catch (Neo4jException ex) when (ex.HttpStatus == (int)HttpStatusCode.TooManyRequests)
        {
            throw new GraphStoreUnavailableException($"Neo4j at {_options.Uri} is rate-limiting requests (429)", ex);
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            throw new GraphStoreUnavailableException($"Neo4j at {_options.Uri} is unavailable after {_options.MaxRetries + 1} attempts: {ex.Message}", ex);
        }
    }

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();
}
