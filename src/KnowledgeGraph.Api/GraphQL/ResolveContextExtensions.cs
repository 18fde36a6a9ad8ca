using GraphQL;
using KnowledgeGraph.Api.GraphQL.Loading;
using KnowledgeGraph.Store;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL;

internal static class ResolveContextExtensions
{
    /// <summary>The request's loader: scoped, so batches never mix two requests.</summary>
    public static GraphLoader Loader(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<GraphLoader>();

    public static IGraphStore Store(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IGraphStore>();

    public static ApiOptions Limits(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IOptions<ApiOptions>>().Value;

    /// <summary>The <c>first</c> argument, refused (not clamped) above the configured page size so callers notice.</summary>
    public static int First(this IResolveFieldContext context)
    {
        var first = context.GetArgument<int>("first");
        var max = context.Limits().MaxPageSize;
        if (first < 0 || first > max)
        {
            throw new ExecutionError($"'first' must be between 0 and {max}; it was {first}.") { Code = ErrorCodes.LimitExceeded };
        }
        return first;
    }
}
