namespace KnowledgeGraph.Store.Embedded;

/// <summary>
/// One node's or relation's contributions as the documents that make them say it, kept in document-id
/// order (the order <see cref="Contributions"/> merges in), with the merged value cached until the next
/// change. Nearly every entry has a single contributor, so that one lives in fields and a list exists
/// only for the rest. A struct inside the store's slot arrays: a thousand-document import makes a
/// hundred thousand of these, and as objects they were most of what the collector had to trace.
/// </summary>
internal struct Contributed<T>
    where T : class
{
    private string? _soleDocument;
    private T? _sole;
    private SortedList<string, T>? _many;
    // Written by readers (same value from any of them: a benign race), emptied by the writer.
    private T? _merged;

    public readonly int Count => _many?.Count ?? (_sole is null ? 0 : 1);

    public void Set(string document, T value)
    {
        _merged = null;
        if (_many is not null)
        {
            _many[document] = value;
        }
        else if (_sole is null || _soleDocument == document)
        {
            (_soleDocument, _sole) = (document, value);
        }
        else
        {
            _many = new SortedList<string, T>(StringComparer.Ordinal) { [_soleDocument!] = _sole, [document] = value };
            (_soleDocument, _sole) = (null, null);
        }
    }

    public void Remove(string document)
    {
        _merged = null;
        if (_many is not null)
        {
            _many.Remove(document);
        }
        else if (_soleDocument == document)
        {
            (_soleDocument, _sole) = (null, null);
        }
    }

    public T Merged(Func<IList<T>, T> merge) => _merged ??= _many is null ? _sole! : merge(_many.Values);
}
