using FsCheck;
using FsCheck.Xunit;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Tests.Store;

/// <summary>Counting the documents of several relations once each, by merging or by a set, gives the plain distinct count.</summary>
public sealed class DocumentUnionTests
{
    [Property(MaxTest = 300)]
    public void ItCountsEachDocumentOnce(PositiveInt seed, bool sorted)
    {
        var random = new Random(seed.Get);
        var relations = Enumerable.Range(0, random.Next(2, 5)).Select(r =>
        {
            var documents = Enumerable.Range(0, random.Next(0, 12)).Select(_ => $"document:{random.Next(20):D2}").ToList();
            if (sorted)
            {
                documents.Sort(StringComparer.Ordinal);
            }
            return new Relation(RelationType.Affects, "challenge:a", $"industry:{r}", 1, [.. documents.Select(document => new Evidence(document, null, "s", 0, 1))]);
        }).ToList();

        var expected = relations.SelectMany(relation => relation.Evidence).Select(evidence => evidence.DocumentId).Distinct().Count();

        Assert.Equal(expected, DocumentUnion.Count(relations));
    }
}
