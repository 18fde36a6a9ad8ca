using System.Buffers;

namespace KnowledgeGraph.Import;

/// <summary>Splits spans of normalized text into sentences, keeping each sentence's offsets.</summary>
public static class Sentences
{
    private const string Closers = "”’\"')]」』";
    private static readonly SearchValues<char> Ends = SearchValues.Create("。!?;…\n.");

    public static List<TextSpan> In(string text, TextSpan span)
    {
        var sentences = new List<TextSpan>();
        AddTo(sentences, text, span);
        return sentences;
    }

    /// <summary>Appends the sentences of <paramref name="span"/> to <paramref name="sentences"/>.</summary>
    public static void AddTo(List<TextSpan> sentences, string text, TextSpan span)
    {
        var start = span.Start;
        for (var i = span.Start; i < span.End; i++)
        {
            var next = text.AsSpan(i, span.End - i).IndexOfAny(Ends);
            if (next < 0)
            {
                break;
            }
            i += next;
            if (text[i] == '.' && ((i + 1 < span.End && !char.IsWhiteSpace(text[i + 1])) || IsNumberDot(text, i, span.Start)))
            {
                continue;
            }
            var end = i + 1;
            while (end < span.End && Closers.Contains(text[end]))
            {
                end++;
            }
            // "…发展。^[1]它像是…": a citation marker after the full stop belongs to the sentence before it.
            end = AfterCitation(text, end, span.End);
            if (Trim(text, start, end) is { } sentence)
            {
                sentences.Add(sentence);
            }
            start = end;
            i = end - 1;
        }
        if (Trim(text, start, span.End) is { } last)
        {
            sentences.Add(last);
        }
    }

    // "1. " at the start of a sentence is a list number, not the end of one.
    private static bool IsNumberDot(string text, int dot, int floor)
    {
        var i = dot - 1;
        while (i >= floor && char.IsAsciiDigit(text[i]))
        {
            i--;
        }
        return i < dot - 1 && (i < floor || text[i] is '\n' or ' ');
    }

    private static int AfterCitation(string text, int start, int limit)
    {
        var i = start;
        if (i < limit && text[i] == '^')
        {
            i++;
        }
        if (i >= limit || text[i] != '[')
        {
            return start;
        }
        i++;
        while (i < limit && (char.IsAsciiDigit(text[i]) || text[i] is ',' or '-' or ' ' or '^'))
        {
            i++;
        }
        return i < limit && text[i] == ']' && char.IsAsciiDigit(text[i - 1]) ? AfterCitation(text, i + 1, limit) : start;
    }

    private static TextSpan? Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end > start ? new TextSpan(start, end) : null;
    }
}
