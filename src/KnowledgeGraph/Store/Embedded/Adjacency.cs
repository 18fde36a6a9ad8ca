namespace KnowledgeGraph.Store.Embedded;

/// <summary>
/// The relation slots that leave or reach one node, in the order they came: a bare int array, which the
/// collector never has to look inside. Hubs such as 金融 gather thousands.
/// </summary>
internal struct Adjacency
{
    private int[]? _relations;
    private int _count;

    public readonly ReadOnlySpan<int> Relations => _relations.AsSpan(0, _count);

    public void Add(int relation)
    {
        if (_relations is null || _count == _relations.Length)
        {
            Array.Resize(ref _relations, Math.Max(4, _count * 2));
        }
        _relations[_count++] = relation;
    }

    public void Remove(int relation)
    {
        var at = Array.IndexOf(_relations!, relation, 0, _count);
        if (at < 0)
        {
            return;
        }
        Array.Copy(_relations!, at + 1, _relations!, at, _count - at - 1);
        _count--;
    }
}
