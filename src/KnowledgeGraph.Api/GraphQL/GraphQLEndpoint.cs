using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP at one route, written by hand because GraphQL.Server is not on the package source.
/// POST application/json and GET ?query= run a request; GET from a browser gets the playground. Status
/// codes follow the GraphQL-over-HTTP spec for application/graphql-response+json: 200 when the request
/// executed (field errors included), 400 when it could not (parse, validation, limits), 405/413/415 for the transport.
/// </summary>
public static class GraphQLEndpoint
{
    public const string ResponseMediaType = "application/graphql-response+json";

    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        endpoints.MapGet(pattern, GetAsync);
        endpoints.MapPost(pattern, PostAsync);
        return endpoints;
    }

    private static async Task GetAsync(HttpContext http)
    {
        var query = http.Request.Query;
        if (!query.ContainsKey("query"))
        {
            if (AcceptsHtml(http.Request))
            {
                await Playground.WriteAsync(http);
                return;
            }
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "A GET request needs a 'query' parameter.");
            return;
        }
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        GraphQLRequest request;
        try
        {
            request = new GraphQLRequest
            {
                Query = query["query"],
                OperationName = query["operationName"] is { Count: > 0 } name ? name.ToString() : null,
                Variables = query["variables"] is { Count: > 0 } variables ? serializer.Deserialize<Inputs>(variables.ToString()) : null,
            };
        }
        catch (JsonException)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "'variables' is not a JSON object.");
            return;
        }
        if (IsMutation(request))
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.");
            return;
        }
        await ExecuteAsync(http, request);
    }

    /// <summary>
    /// A caller with the API key may send a whole document (base64 of up to MaxDocumentBytes, a third larger);
    /// anyone else only a query's worth, so an anonymous caller cannot make the server read megabytes.
    /// </summary>
    private static long MaxRequestBytes(HttpContext http, ApiOptions limits)
    {
        if (ApiKeys.Check(limits.ApiKey, http.Request.Headers[ApiKeys.Header]) != ApiKeyCheck.Valid)
        {
            return limits.MaxRequestBytes;
        }
        var document = http.RequestServices.GetRequiredService<IOptions<KnowledgeGraphOptions>>().Value.MaxDocumentBytes;
        return Math.Max(limits.MaxRequestBytes, (document + 2) / 3 * 4 + 64 * 1024);
    }

    private static async Task PostAsync(HttpContext http)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
        if (!IsJson(http.Request.ContentType))
        {
            await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, "Send the request as application/json.");
            return;
        }
        var maxBytes = MaxRequestBytes(http, limits);
        if (http.Request.ContentLength > maxBytes)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, $"The request body is over {maxBytes} bytes.");
            return;
        }
        // Without a Content-Length the server still stops reading at the limit.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBytes;
        }
        GraphQLRequest? request;
        try
        {
            request = await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (JsonException)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "The body is not valid JSON.");
            return;
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, $"The request body is over {maxBytes} bytes.");
            return;
        }
        if (request is null || string.IsNullOrWhiteSpace(request.Query))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "The body needs a 'query'.");
            return;
        }
        await ExecuteAsync(http, request);
    }

    private static async Task ExecuteAsync(HttpContext http, GraphQLRequest request)
    {
        var services = http.RequestServices;
        var limits = services.GetRequiredService<IOptions<ApiOptions>>().Value;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        services.GetService<Serilog.IDiagnosticContext>()?.Set("OperationName", request.OperationName ?? "");
        // Read the version before executing: an answer computed across a write is kept under the old one and never served.
        var version = limits.CacheResponses ? services.GetRequiredService<KnowledgeGraph.Store.IGraphStore>().Version : null;
        var cache = services.GetRequiredService<ResponseCache>();
        var key = version is null ? "" : $"{request.OperationName}\n{request.Query}\n{serializer.Serialize(request.Variables)}";
        if (version is { } current && cache.TryGet(current, key, out var cached))
        {
            await WriteAnswerAsync(http, StatusCodes.Status200OK, cached);
            return;
        }
        var result = await services.GetRequiredService<IDocumentExecuter<KnowledgeGraphSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            CancellationToken = http.RequestAborted,
            UserContext = new GraphQLUserContext { ApiKey = ApiKeys.Check(limits.ApiKey, http.Request.Headers[ApiKeys.Header]) },
            Timeout = TimeSpan.FromSeconds(limits.TimeoutSeconds),
            TimeoutAction = global::GraphQL.Execution.TimeoutAction.ReturnTimeoutError,
        });
        var status = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        if (version is null)
        {
            // Nothing to keep: straight into the response's pooled buffers, not a growing copy of the answer.
            http.Response.StatusCode = status;
            http.Response.ContentType = ResponseMediaType + "; charset=utf-8";
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
            return;
        }
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, http.RequestAborted);
        var answer = buffer.ToArray();
        if (version is { } before && result.Executed && result.Errors is not { Count: > 0 } && result.Operation?.Operation == OperationType.Query)
        {
            cache.Add(before, key, answer);
        }
        await WriteAnswerAsync(http, status, answer);
    }

    private static async Task WriteAnswerAsync(HttpContext http, int status, byte[] answer)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = ResponseMediaType + "; charset=utf-8";
        http.Response.ContentLength = answer.Length;
        await http.Response.Body.WriteAsync(answer, http.RequestAborted);
    }

    private static async Task WriteErrorAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = ResponseMediaType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = "BAD_REQUEST" }] };
        await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static bool IsMutation(GraphQLRequest request)
    {
        try
        {
            var document = GraphQLParser.Parser.Parse(request.Query);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var operation = request.OperationName is { Length: > 0 } name
                ? operations.FirstOrDefault(candidate => candidate.Name?.StringValue == name)
                : operations.Count == 1 ? operations[0] : null;
            return operation?.Operation == OperationType.Mutation;
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false; // the executor reports the syntax error
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/graphql-response+json", StringComparison.OrdinalIgnoreCase));

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
