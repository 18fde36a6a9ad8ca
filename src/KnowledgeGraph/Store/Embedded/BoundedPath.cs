namespace KnowledgeGraph.Store.Embedded;

/// <summary>
/// A shortest path of at most <c>maxHops</c> relations between two node slots, ignoring direction: a
/// breadth-first search from both ends at once, each step widening the smaller frontier by one level,
/// stopping at the level where they meet or when the hop budget is spent. Written here rather than
/// QuikGraph's Dijkstra, which settles the whole graph before it answers: on ten thousand reports that is
/// every node for every question, while the two frontiers meet after a few hubs.
/// </summary>
internal static class BoundedPath
{
    /// <summary>
    /// The relation slots from start to goal in order; null when no path is within maxHops. The neighbours
    /// function gives a slot's (relation slot, other end) pairs, both directions.
    /// </summary>
    public static List<int>? Find(int start, int goal, int maxHops, Func<int, IEnumerable<(int Relation, int Other)>> neighbours)
    {
        // Per side: how each reached node was reached (the relation, the node before it) and how far it is.
        var fromStart = new Dictionary<int, Step> { [start] = new(-1, -1, 0) };
        var fromGoal = new Dictionary<int, Step> { [goal] = new(-1, -1, 0) };
        List<int> startFrontier = [start], goalFrontier = [goal];
        for (var hops = 0; hops < maxHops && startFrontier.Count > 0 && goalFrontier.Count > 0; hops++)
        {
            var forward = startFrontier.Count <= goalFrontier.Count;
            var (frontier, reached, other) = forward ? (startFrontier, fromStart, fromGoal) : (goalFrontier, fromGoal, fromStart);
            var next = new List<int>();
            (int Node, int Length)? best = null;
            foreach (var node in frontier)
            {
                foreach (var (relation, neighbour) in neighbours(node))
                {
                    if (!reached.TryAdd(neighbour, new Step(relation, node, reached[node].Distance + 1)))
                    {
                        continue;
                    }
                    next.Add(neighbour);
                    // The level is finished before answering: a later meeting on it may be nearer the other end.
                    if (other.TryGetValue(neighbour, out var there) && (best is null || reached[neighbour].Distance + there.Distance < best.Value.Length))
                    {
                        best = (neighbour, reached[neighbour].Distance + there.Distance);
                    }
                }
            }
            if (best is { } meeting)
            {
                return Join(meeting.Node, fromStart, fromGoal);
            }
            if (forward)
            {
                startFrontier = next;
            }
            else
            {
                goalFrontier = next;
            }
        }
        return null;
    }

    private readonly record struct Step(int Relation, int Previous, int Distance);

    // The start side back from the meeting node, reversed, then the goal side forward from it.
    private static List<int> Join(int meeting, Dictionary<int, Step> fromStart, Dictionary<int, Step> fromGoal)
    {
        var relations = new List<int>();
        for (var node = meeting; fromStart[node].Relation >= 0; node = fromStart[node].Previous)
        {
            relations.Add(fromStart[node].Relation);
        }
        relations.Reverse();
        for (var node = meeting; fromGoal[node].Relation >= 0; node = fromGoal[node].Previous)
        {
            relations.Add(fromGoal[node].Relation);
        }
        return relations;
    }
}
