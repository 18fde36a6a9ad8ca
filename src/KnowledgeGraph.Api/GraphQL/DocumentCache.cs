using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// Keeps the parsed and validated document of each query text, so a repeated query skips parsing,
/// validation and the complexity analysis it already passed. (The GraphQL.MemoryCache package that does
/// this is not on the package source; this is its logic, bounded by count instead of memory.)
/// </summary>
internal sealed class DocumentCache : IConfigureExecution
{
    private const int MaxDocuments = 1_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }
        if (_documents.TryGetValue(query, out var document))
        {
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
            return await next(options);
        }
        var result = await next(options);
        // Only a document that passed validation (so it executed) is worth keeping.
        if (result.Executed && options.Document is not null && _documents.Count < MaxDocuments)
        {
            _documents.TryAdd(query, options.Document);
        }
        return result;
    }
}
