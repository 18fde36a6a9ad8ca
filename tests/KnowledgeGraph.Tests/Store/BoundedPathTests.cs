using FsCheck;
using FsCheck.Xunit;
using KnowledgeGraph.Store.Embedded;

namespace KnowledgeGraph.Tests.Store;

/// <summary>The two-ended search finds a path exactly when one exists within the hops, and a shortest one.</summary>
public sealed class BoundedPathTests
{
    [Property(MaxTest = 300)]
    public void ItAgreesWithAPlainBreadthFirstSearch(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var nodes = random.Next(2, 40);
        var edges = Enumerable.Range(0, random.Next(0, nodes * 2)).Select(_ => (From: random.Next(nodes), To: random.Next(nodes))).ToList();
        var (start, goal, maxHops) = (random.Next(nodes), random.Next(nodes), random.Next(1, 6));
        if (start == goal)
        {
            return;
        }
        IEnumerable<(int, int)> Neighbours(int node) => edges.Select((edge, i) => (edge, i))
            .Where(pair => pair.edge.From == node || pair.edge.To == node)
            .Select(pair => (pair.i, pair.edge.From == node ? pair.edge.To : pair.edge.From));

        var path = BoundedPath.Find(start, goal, maxHops, Neighbours);

        var distance = Distance(start, goal, Neighbours);
        if (distance is not { } shortest || shortest > maxHops)
        {
            Assert.Null(path);
            return;
        }
        Assert.NotNull(path);
        Assert.Equal(shortest, path.Count);
        var at = start;
        foreach (var relation in path)
        {
            var (from, to) = edges[relation];
            Assert.True(from == at || to == at, "the path is not connected");
            at = from == at ? to : from;
        }
        Assert.Equal(goal, at);
    }

    private static int? Distance(int start, int goal, Func<int, IEnumerable<(int, int)>> neighbours)
    {
        var distance = new Dictionary<int, int> { [start] = 0 };
        var queue = new Queue<int>([start]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var (_, other) in neighbours(node))
            {
                if (distance.TryAdd(other, distance[node] + 1))
                {
                    queue.Enqueue(other);
                }
            }
        }
        return distance.TryGetValue(goal, out var found) ? found : null;
    }
}
