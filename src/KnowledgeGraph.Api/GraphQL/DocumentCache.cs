using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// Keeps the parsed and validated document of each query text, so a repeated query skips parsing,
/// validation and, where its estimate cannot change, the complexity analysis it already passed. (The
/// GraphQL.MemoryCache package that does this is not on the package source; this is its logic, bounded by
/// count instead of memory.)
/// </summary>
internal sealed class DocumentCache : IConfigureExecution
{
    private const int MaxDocuments = 1_000;

    private readonly ConcurrentDictionary<string, KeptDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 200;

    /// <summary>How many documents are kept.</summary>
    internal int Count => _documents.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }
        if (_documents.TryGetValue(query, out var kept))
        {
            options.Document = kept.Document;
            // The complexity rule stays where what it measures depends on the variables (`first: $n`), which change per request.
            options.ValidationRules = kept.EstimateIsFixed
                ? options.CachedDocumentValidationRules ?? []
                : [.. options.CachedDocumentValidationRules ?? [], .. (options.ValidationRules ?? []).OfType<ComplexityValidationRule>()];
            return await next(options);
        }
        var result = await next(options);
        // Only a document that passed validation (so it executed) is worth keeping. The executor parses into the
        // result, not into the options: keeping options.Document kept nothing, and every request was validated again.
        if (result.Executed && (result.Document ?? options.Document) is { } parsed && _documents.Count < MaxDocuments)
        {
            _documents.TryAdd(query, new KeptDocument(parsed, EstimateIsFixed(parsed)));
        }
        return result;
    }

    /// <summary>
    /// One operation and no variables: the complexity estimate is a function of the text alone, and the text passed.
    /// (With several operations, which one runs is the request's choice; with variables, their values count.)
    /// </summary>
    private static bool EstimateIsFixed(GraphQLDocument document)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operations is [{ Variables: null or { Count: 0 } }];
    }

    private sealed record KeptDocument(GraphQLDocument Document, bool EstimateIsFixed);
}
