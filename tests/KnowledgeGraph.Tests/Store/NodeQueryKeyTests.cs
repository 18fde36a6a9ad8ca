using KnowledgeGraph.Graph;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Tests.Store;

public sealed class NodeQueryKeyTests
{
    private static readonly NodeQuery Finance = new(NodeKind.Challenge) { AffectsIndustries = ["finance", "healthcare"], OrderBy = NodeOrder.Documents, Descending = true };

    [Fact]
    public void PagesOfOneQueryShareItsKey()
    {
        Assert.Equal(NodeQueryKey.Of(Finance), NodeQueryKey.Of(Finance with { First = 5, After = "b2Zmc2V0" }));
    }

    [Fact]
    public void EveryFilterAndTheOrderMakeADifferentKey()
    {
        NodeQuery[] others =
        [
            Finance with { Kind = NodeKind.Trend },
            Finance with { AffectsIndustries = ["finance"] },
            Finance with { AffectsIndustries = null, AffectsAllIndustries = ["finance", "healthcare"] },
            Finance with { Mitigates = ["hallucination"] },
            Finance with { MitigatedBy = ["rag"] },
            Finance with { NameContains = "隐私" },
            Finance with { Keys = ["explainability"] },
            Finance with { InDocument = "seed" },
            Finance with { Documents = ["seed"] },
            Finance with { Language = "zh" },
            Finance with { OrderBy = NodeOrder.Evidence },
            Finance with { Descending = false },
        ];

        var keys = others.Select(NodeQueryKey.Of).Append(NodeQueryKey.Of(Finance)).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void AValueHoldingTheSeparatorDoesNotReadAsTwoValues()
    {
        var one = Finance with { AffectsIndustries = ["finance\u001f2:he"] };
        var two = Finance with { AffectsIndustries = ["finance", "he"] };
        var empty = Finance with { NameContains = "" };

        Assert.NotEqual(NodeQueryKey.Of(one), NodeQueryKey.Of(two));
        Assert.NotEqual(NodeQueryKey.Of(empty), NodeQueryKey.Of(Finance));
    }
}
