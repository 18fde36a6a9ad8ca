namespace KnowledgeGraph.Store.Embedded;

/// <summary>
/// A growable table of structs addressed by index, reusing the indexes of removed items so that the
/// indexes held elsewhere (adjacency lists, the relation index) stay valid. Kept in fixed chunks: growing
/// never copies what is there (one large array doubled and copied its references on every growth and left
/// the old copy to the collector), and refs into it stay valid.
/// </summary>
internal sealed class Slots<T>
    where T : struct
{
    // 4,096 slots a chunk: large enough for the large-object heap, where chunks are never moved.
    private const int ChunkBits = 12;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly Stack<int> _free = new();
    private T[]?[] _chunks = new T[]?[8];

    /// <summary>One past the highest index ever used; removed slots below it hold <c>default</c>.</summary>
    public int End { get; private set; }

    public ref T this[int index] => ref _chunks[index >> ChunkBits]![index & (ChunkSize - 1)];

    public int Add(in T item)
    {
        if (!_free.TryPop(out var index))
        {
            index = End++;
            var chunk = index >> ChunkBits;
            if (chunk == _chunks.Length)
            {
                Array.Resize(ref _chunks, _chunks.Length * 2);
            }
            _chunks[chunk] ??= new T[ChunkSize];
        }
        this[index] = item;
        return index;
    }

    public void Remove(int index)
    {
        this[index] = default;
        _free.Push(index);
    }
}
