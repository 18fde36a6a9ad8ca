using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.GraphQL.Loading;

/// <summary>
/// Collects the keys that sibling fields ask for and fetches them in one call when the first result is
/// awaited. GraphQL.NET runs every field of a level before it awaits their <see cref="IDataLoaderResult"/>s,
/// so the children of fifty parents cost one store call. (The GraphQL.DataLoader package is not on the
/// package source; the core package's <see cref="IDataLoaderResult{T}"/> is all this needs.)
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private Batch? _open;

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_lock)
        {
            _open ??= new Batch(this);
            _open.Keys.Add(key);
            return new Pending(_open, key, missing);
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        private Task<IReadOnlyDictionary<TKey, TValue>>? _fetching;

        public HashSet<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(CancellationToken cancellationToken)
        {
            lock (owner._lock)
            {
                if (_fetching is null)
                {
                    // Keys asked for from now on start the next batch.
                    if (owner._open == this)
                    {
                        owner._open = null;
                    }
                    _fetching = owner.FetchAsync([.. Keys], cancellationToken);
                }
                return _fetching;
            }
        }
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) => fetch(keys, cancellationToken);

    private sealed class Pending(Batch batch, TKey key, TValue missing) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.FetchAsync(cancellationToken);
            return values.TryGetValue(key, out var value) ? value : missing;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
