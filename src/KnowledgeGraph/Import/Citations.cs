namespace KnowledgeGraph.Import;

/// <summary>Citation markers: ^[1], [1], [1,3], [2-4], [^1] (full-width brackets are ASCII after NFKC).</summary>
internal static class Citations
{
    /// <summary>Ranges are capped so "[1-99999]" costs nothing.</summary>
    private const int MaxRange = 50;

    public static IReadOnlyList<(int Number, TextSpan Marker)> In(string text, TextSpan span)
    {
        List<(int, TextSpan)>? found = null;
        var at = span.Start;
        // Read by hand rather than by regex: every sentence of every report passes through here.
        while (at < span.End && text.IndexOf('[', at, span.End - at) is var open and >= 0)
        {
            at = open + 1;
            var start = open > span.Start && text[open - 1] == '^' ? open - 1 : open;
            var i = open + 1;
            if (i < span.End && text[i] == '^')
            {
                i++;
            }
            var numbers = new List<(int First, int Last)>();
            var ok = ReadNumber(text, ref i, span.End, out var first);
            var last = first;
            while (ok && i < span.End && text[i] != ']')
            {
                var separator = text[i];
                i++;
                while (i < span.End && text[i] == ' ')
                {
                    i++;
                }
                if (separator is not (',' or '-' or '–') || !ReadNumber(text, ref i, span.End, out var next))
                {
                    ok = false;
                    break;
                }
                if (separator == ',')
                {
                    numbers.Add((first, last));
                    first = last = next;
                }
                else
                {
                    last = next;
                }
            }
            if (!ok || i >= span.End)
            {
                continue;
            }
            numbers.Add((first, last));
            var marker = new TextSpan(start, i + 1);
            found ??= [];
            foreach (var (from, to) in numbers)
            {
                for (var number = from; number <= Math.Min(to, from + MaxRange); number++)
                {
                    found.Add((number, marker));
                }
            }
            at = i + 1;
        }
        return found ?? [];
    }

    public static string Strip(string value)
    {
        var markers = In(value, new TextSpan(0, value.Length));
        if (markers.Count == 0)
        {
            return value;
        }
        var builder = new System.Text.StringBuilder(value.Length);
        var at = 0;
        foreach (var marker in markers.Select(found => found.Marker).Distinct())
        {
            builder.Append(value, at, marker.Start - at);
            at = marker.End;
        }
        return builder.Append(value, at, value.Length - at).ToString();
    }

    private static bool ReadNumber(string text, ref int i, int end, out int number)
    {
        number = 0;
        var digits = 0;
        while (i < end && char.IsAsciiDigit(text[i]) && digits < 4)
        {
            number = number * 10 + (text[i] - '0');
            i++;
            digits++;
        }
        while (i < end && text[i] == ' ')
        {
            i++;
        }
        return digits > 0;
    }
}
