namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>Reading order of section paths: 1, 1.2, 2, 10 (not 1, 10, 2).</summary>
internal sealed class SectionPathComparer : IComparer<string?>
{
    public static SectionPathComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var left = (x ?? "").Split('.');
        var right = (y ?? "").Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var order = int.TryParse(left[i], out var a) && int.TryParse(right[i], out var b) ? a.CompareTo(b) : string.CompareOrdinal(left[i], right[i]);
            if (order != 0)
            {
                return order;
            }
        }
        return left.Length.CompareTo(right.Length);
    }
}
