using KnowledgeGraph.Store.Embedded;

namespace KnowledgeGraph.Tests.Store;

public sealed class ContributedTests
{
    [Fact]
    public void ContributionsMergeInDocumentOrderWhateverOrderTheyCameIn()
    {
        var contributed = new Contributed<string>();

        Assert.True(contributed.Set("document:c", "C"));
        Assert.True(contributed.Set("document:a", "A"));
        Assert.True(contributed.Set("document:d", "D"));
        Assert.True(contributed.Set("document:b", "B"));

        Assert.Equal(["A", "B", "C", "D"], contributed.InDocumentOrder());
    }

    [Fact]
    public void ADocumentHasOneContributionThatItsNextReplacesAndItsRemovalTakes()
    {
        var contributed = new Contributed<string>();
        contributed.Set("document:a", "A");
        contributed.Set("document:b", "B");
        contributed.Set("document:c", "C");

        Assert.False(contributed.Set("document:b", "B2"));
        Assert.False(contributed.Set("document:c", "C2"));
        contributed.Remove("document:a");
        contributed.Remove("document:x");

        Assert.Equal(["B2", "C2"], contributed.InDocumentOrder());
        Assert.True(contributed.Set("document:a", "A2"));
        Assert.Equal(["A2", "B2", "C2"], contributed.InDocumentOrder());
        contributed.Remove("document:a");
        contributed.Remove("document:b");
        contributed.Remove("document:c");
        Assert.Equal(0, contributed.Count);
        Assert.Empty(contributed.InDocumentOrder());
    }
}
