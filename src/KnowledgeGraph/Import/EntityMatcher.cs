using System.Buffers;
using System.Collections.Frozen;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Import;

/// <summary>
/// Finds the ontology's industries and technologies in text by any name or alias, longest match first
/// (金融行业 before 金融), ignoring case, and only on word boundaries for Latin names (Agent, not Agents…
/// unless listed). A character trie keeps this linear in the text: it runs on every sentence.
/// </summary>
internal sealed class EntityMatcher
{
    private readonly TrieNode _root = new();
    private readonly SearchValues<char> _firstChars;

    public EntityMatcher(Ontology.Ontology ontology)
    {
        foreach (var entity in ontology.Industries.Concat(ontology.Technologies))
        {
            foreach (var name in entity.AllNames.Where(name => name.Length > 0))
            {
                var node = _root;
                foreach (var c in Lowercase.Of(name))
                {
                    node = node.Add(c);
                }
                node.Entity ??= entity;
            }
        }
        // Most characters start no name: jump between the ones that do (both cases for Latin letters).
        _firstChars = SearchValues.Create([.. _root.Keys.SelectMany(c => new[] { c, char.ToUpperInvariant(c) }).Distinct()]);
        _root.Freeze();
    }

    /// <summary>Appends every name found in <paramref name="span"/>, in text order, to <paramref name="found"/>.</summary>
    public void Find(string text, TextSpan span, List<(Entity Entity, TextSpan Match)> found)
    {
        var i = span.Start;
        while (i < span.End)
        {
            var candidate = text.AsSpan(i, span.End - i).IndexOfAny(_firstChars);
            if (candidate < 0)
            {
                return;
            }
            i += candidate;
            var (entity, end) = LongestAt(text, i, span.End);
            if (entity is not null)
            {
                found.Add((entity, new TextSpan(i, end)));
                i = end;
            }
            else
            {
                i++;
            }
        }
    }

    private (Entity? Entity, int End) LongestAt(string text, int start, int limit)
    {
        if (IsWordChar(text[start]) && start > 0 && IsWordChar(text[start - 1]))
        {
            return (null, 0);
        }
        Entity? best = null;
        var bestEnd = 0;
        var node = _root;
        for (var i = start; i < limit && node.Next(Lower(text[i])) is { } next; i++)
        {
            node = next;
            var end = i + 1;
            if (node.Entity is not null && !(IsWordChar(text[i]) && end < limit && IsWordChar(text[end])))
            {
                best = node.Entity;
                bestEnd = end;
            }
        }
        return (best, bestEnd);
    }

    private static char Lower(char c) => Lowercase.Of(c);

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>
    /// A trie node. Built through a dictionary, then frozen: most nodes have one or two children, found by a scan of
    /// their keys; a node with many (the root: every first character) keeps a frozen dictionary.
    /// </summary>
    private sealed class TrieNode
    {
        private const int MaxScanned = 4;

        private Dictionary<char, TrieNode>? _building = [];
        private char[] _keys = [];
        private TrieNode[] _children = [];
        private FrozenDictionary<char, TrieNode>? _many;

        public Entity? Entity { get; set; }

        public IEnumerable<char> Keys => _building!.Keys;

        public TrieNode Add(char c) => _building!.TryGetValue(c, out var next) ? next : _building[c] = new TrieNode();

        public TrieNode? Next(char c)
        {
            if (_many is not null)
            {
                return _many.GetValueOrDefault(c);
            }
            var at = Array.IndexOf(_keys, c);
            return at >= 0 ? _children[at] : null;
        }

        public void Freeze()
        {
            foreach (var child in _building!.Values)
            {
                child.Freeze();
            }
            if (_building.Count > MaxScanned)
            {
                _many = _building.ToFrozenDictionary();
            }
            else
            {
                _keys = [.. _building.Keys];
                _children = [.. _building.Values];
            }
            _building = null;
        }
    }
}
