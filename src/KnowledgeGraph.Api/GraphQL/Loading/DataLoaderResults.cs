using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.GraphQL.Loading;

/// <summary>
/// Composing pending loads. A result whose value is itself a pending load is put back in the queue by
/// GraphQL.NET's execution strategy, so a second-stage load (relations, then the nodes they name) is still
/// batched across every parent of the level.
/// </summary>
public static class DataLoaderResults
{
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> pending, Func<T, TResult> map) =>
        new Mapped<T, TResult>(pending, map);

    public static IDataLoaderResult ThenLoad<T, TResult>(this IDataLoaderResult<T> pending, Func<T, IDataLoaderResult<TResult>> next) =>
        new Chained<T, TResult>(pending, next);

    public static IDataLoaderResult<IReadOnlyList<T>> All<T>(IReadOnlyList<IDataLoaderResult<T?>> pending) where T : class =>
        new AllOf<T>(pending);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> pending, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => map(await pending.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Chained<T, TResult>(IDataLoaderResult<T> pending, Func<T, IDataLoaderResult<TResult>> next) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => next(await pending.GetResultAsync(cancellationToken));
    }

    // Loads that share one batch: awaiting them in turn costs one fetch.
    private sealed class AllOf<T>(IReadOnlyList<IDataLoaderResult<T?>> pending) : IDataLoaderResult<IReadOnlyList<T>> where T : class
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<T>(pending.Count);
            foreach (var item in pending)
            {
                if (await item.GetResultAsync(cancellationToken) is { } value)
                {
                    values.Add(value);
                }
            }
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
