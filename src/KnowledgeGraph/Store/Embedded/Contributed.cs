using System.Runtime.InteropServices;

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
    // In document-id order. Imports usually come in that order, so a new contribution is appended.
    private List<KeyValuePair<string, T>>? _many;

    public readonly int Count => _many?.Count ?? (_soleDocument is null ? 0 : 1);

    /// <summary>Sets a document's contribution; true when that document had none here before.</summary>
    public bool Set(string document, T value)
    {
        if (_many is not null)
        {
            var at = IndexOf(_many, document);
            if (at >= 0)
            {
                _many[at] = new(document, value);
                return false;
            }
            _many.Insert(~at, new(document, value));
            return true;
        }
        if (_soleDocument is null || _soleDocument == document)
        {
            var added = _soleDocument is null;
            (_soleDocument, _sole) = (document, value);
            return added;
        }
        _many = string.CompareOrdinal(_soleDocument, document) < 0
            ? [new(_soleDocument, _sole), new(document, value)]
            : [new(document, value), new(_soleDocument, _sole)];
        (_soleDocument, _sole) = (null, default!);
        return true;
    }

    public void Remove(string document)
    {
        if (_many is not null)
        {
            if (IndexOf(_many, document) is var at and >= 0)
            {
                _many.RemoveAt(at);
            }
        }
        else if (_soleDocument == document)
        {
            (_soleDocument, _sole) = (null, default!);
        }
    }

    /// <summary>The contributing documents, in id order.</summary>
    public readonly IEnumerable<string> Documents() =>
        _many is not null ? [.. _many.Select(contribution => contribution.Key)] : _soleDocument is null ? [] : [_soleDocument];

    public readonly IList<T> InDocumentOrder() =>
        _many is not null ? [.. _many.Select(contribution => contribution.Value)] : _soleDocument is null ? [] : [_sole];

    /// <summary>The document's position, or the complement of where it belongs; the last place is tried first.</summary>
    private static int IndexOf(List<KeyValuePair<string, T>> many, string document)
    {
        var last = string.CompareOrdinal(document, many[^1].Key);
        return last >= 0
            ? (last == 0 ? many.Count - 1 : ~many.Count)
            : CollectionsMarshal.AsSpan(many).BinarySearch(new ByDocument(document));
    }

    private readonly struct ByDocument(string document) : IComparable<KeyValuePair<string, T>>
    {
        public int CompareTo(KeyValuePair<string, T> other) => string.CompareOrdinal(document, other.Key);
    }
}
