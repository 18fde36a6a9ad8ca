namespace KnowledgeGraph.Store.Embedded;

/// <summary>
/// A growable array of structs addressed by index, reusing the indexes of removed items so that the
/// indexes held elsewhere (adjacency lists, the relation index) stay valid. Refs into it are valid until
/// the next <see cref="Add"/>.
/// </summary>
internal sealed class Slots<T>
    where T : struct
{
    private readonly Stack<int> _free = new();
    private T[] _items = new T[256];

    /// <summary>One past the highest index ever used; removed slots below it hold <c>default</c>.</summary>
    public int End { get; private set; }

    public ref T this[int index] => ref _items[index];

    public int Add(in T item)
    {
        if (!_free.TryPop(out var index))
        {
            if (End == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }
            index = End++;
        }
        _items[index] = item;
        return index;
    }

    public void Remove(int index)
    {
        _items[index] = default;
        _free.Push(index);
    }
}
