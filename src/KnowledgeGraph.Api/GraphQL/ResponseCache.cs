using System.Collections.Concurrent;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// The serialized answers to queries, kept while the store's version stays the same: a read-mostly graph
/// answers a repeated question without executing it again. Any write changes the version and empties the
/// cache; a store without a version (Neo4j, written by other processes too) is never cached.
/// </summary>
public sealed class ResponseCache
{
    private const int MaxEntries = 1_000;

    private readonly ConcurrentDictionary<string, byte[]> _answers = new(StringComparer.Ordinal);
    private long _version = long.MinValue;

    public bool TryGet(long version, string key, out byte[] answer)
    {
        answer = [];
        if (Interlocked.Read(ref _version) != version)
        {
            return false;
        }
        return _answers.TryGetValue(key, out answer!);
    }

    public void Add(long version, string key, byte[] answer)
    {
        if (Interlocked.Exchange(ref _version, version) != version)
        {
            _answers.Clear();
        }
        if (_answers.Count < MaxEntries)
        {
            _answers.TryAdd(key, answer);
        }
    }
}
