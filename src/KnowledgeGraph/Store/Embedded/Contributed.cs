namespace KnowledgeGraph.Store.Embedded;

/// <summary>
/// What each document contributes to one node or relation, in document-id order (the order
/// <see cref="Contributions"/> merges in). Nearly every entry has a single contributor, so that one lives
/// in fields and a list exists only for the rest. A struct inside the store's slot arrays: a
/// thousand-document import makes a hundred thousand of these, and as objects they were most of what the
/// collector had to trace.
/// </summary>
internal struct Contributed<T>
{
    // Set exactly when one contribution lives in the fields.
    private string? _soleDocument;
    private T _sole;
    private SortedList<string, T>? _many;

    public readonly int Count => _many?.Count ?? (_soleDocument is null ? 0 : 1);

    /// <summary>Sets a document's contribution; true when that document had none here before.</summary>
    public bool Set(string document, T value)
    {
        if (_many is not null)
        {
            var added = !_many.ContainsKey(document);
            _many[document] = value;
            return added;
        }
        if (_soleDocument is null || _soleDocument == document)
        {
            var added = _soleDocument is null;
            (_soleDocument, _sole) = (document, value);
            return added;
        }
        _many = new SortedList<string, T>(StringComparer.Ordinal) { [_soleDocument] = _sole, [document] = value };
        (_soleDocument, _sole) = (null, default!);
        return true;
    }

    public void Remove(string document)
    {
        if (_many is not null)
        {
            _many.Remove(document);
        }
        else if (_soleDocument == document)
        {
            (_soleDocument, _sole) = (null, default!);
        }
    }

    public readonly IList<T> InDocumentOrder() => _many is not null ? _many.Values : _soleDocument is null ? [] : [_sole];
}
