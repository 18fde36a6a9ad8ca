using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store;

/// <summary>
/// How many documents several relations' evidence comes from, each counted once. A merged relation lists its
/// evidence document by document in id order, so the lists are merged like sorted runs (no set of thousands
/// of ids per question); a list out of that order is counted with a set instead.
/// </summary>
internal static class DocumentUnion
{
    public static int Count(IReadOnlyList<Relation> relations)
    {
        if (relations.Count == 1)
        {
            return relations[0].DocumentCount;
        }
        var positions = new int[relations.Count];
        var count = 0;
        string? last = null;
        while (true)
        {
            // The smallest document id at the head of any list.
            string? next = null;
            for (var r = 0; r < relations.Count; r++)
            {
                var evidence = relations[r].Evidence;
                if (positions[r] < evidence.Count && (next is null || string.CompareOrdinal(evidence[positions[r]].DocumentId, next) < 0))
                {
                    next = evidence[positions[r]].DocumentId;
                }
            }
            if (next is null)
            {
                return count;
            }
            if (last is not null && string.CompareOrdinal(next, last) < 0)
            {
                return relations.SelectMany(relation => relation.Evidence).Select(evidence => evidence.DocumentId).Distinct().Count();
            }
            if (next != last)
            {
                count++;
                last = next;
            }
            // Past every entry of that document in every list.
            for (var r = 0; r < relations.Count; r++)
            {
                var evidence = relations[r].Evidence;
                while (positions[r] < evidence.Count && evidence[positions[r]].DocumentId == next)
                {
                    positions[r]++;
                }
            }
        }
    }
}
