using KnowledgeGraph.Graph;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Import;

/// <summary>Reports in layouts the seeds do not use: the importer reads structure, not the seed files.</summary>
public sealed class OtherLayoutTests
{
    [Fact]
    public void MarkdownHeadingsGiveTrendsAndChallenges()
    {
        var graph = Importing.Import("""
            # 生成式AI行业观察

            ## 发展趋势

            ### 智能体走向企业

            智能体将进入金融行业的审批流程。

            ### 边缘部署

            小模型在手机上运行。

            ## 风险与挑战

            ### 幻觉问题

            在医疗场景中,模型的幻觉可能带来误诊。
            """);

        Assert.Equal("生成式AI行业观察", graph.Document.Title);
        // 智能体 is a term of the automation-agents theme, so this trend joins it; 边缘部署 has no theme.
        Assert.Equal(["trend:automation-agents", "trend:边缘部署"], graph.OfKind(NodeKind.Trend).Select(node => node.Id).Order());
        Assert.Contains("智能体走向企业", graph.Nodes.Single(node => node.Id == "trend:automation-agents").Aliases);
        var challenge = Assert.Single(graph.OfKind(NodeKind.Challenge));
        Assert.Equal("hallucination", challenge.Key);
        Assert.True(graph.Has(RelationType.Affects, "trend:automation-agents", "industry:finance"));
        Assert.True(graph.Has(RelationType.Involves, "trend:automation-agents", "technology:ai-agent"));
        Assert.True(graph.Has(RelationType.Affects, challenge.Id, "industry:healthcare"));
    }

    [Fact]
    public void EnglishReportWithNumberedHeadingsIsRead()
    {
        var graph = Importing.Import("""
            State of Language Models

            1. Introduction
            Language models are used in banking and education.

            2. Key Trends
            2.1 Multimodal assistants
            Assistants will combine speech recognition and image recognition.
            2.2 Cheaper training
            Better hardware will reduce the cost of training for every lab.

            3. Challenges
            3.1 Privacy
            Models trained on patient records put healthcare privacy at risk.
            3.2 Bias
            Outputs can be unfair to minorities.

            References
            [1] Attention Is All You Need. https://arxiv.org/abs/1706.03762
            """, "state-of-llms.txt");

        Assert.Equal("en", graph.Document.Language);
        Assert.Equal(["trend:cheaper-training", "trend:multimodal"], graph.OfKind(NodeKind.Trend).Select(node => node.Id).Order());
        Assert.Equal(["challenge:data-privacy", "challenge:ethics-bias"], Listed(graph, NodeKind.Challenge));
        // "will reduce the cost of training": cost is not among the challenges this report presents, so the trend's
        // sentence does not make it one (annotators count such a node as made up).
        Assert.DoesNotContain(graph.Nodes, node => node.Id == "challenge:compute-cost");
        Assert.True(graph.Has(RelationType.Affects, "challenge:data-privacy", "industry:healthcare"));
        Assert.True(graph.Has(RelationType.MentionedIn, "industry:finance", "section:state-of-llms/1"));
        var reference = Assert.Single(graph.OfKind(NodeKind.Reference));
        Assert.Equal(("Attention Is All You Need", "https://arxiv.org/abs/1706.03762"), (reference.Title, reference.Url));
    }

    [Fact]
    public void ProseEnumerationInAChallengesSectionGivesOneItemPerStep()
    {
        var graph = Importing.Import("""
            一、概述
            本文讨论教育领域的大模型。

            二、主要问题
            大模型在教育中的应用遇到了几个问题。首先,学生数据的隐私难以保障。其次,随着模型变大,学校难以承担算力开销。最后,模型的输出缺乏可解释性,老师无法判断对错。

            三、结语
            总之,前景可期。
            """, "edu.txt");

        var challenges = graph.OfKind(NodeKind.Challenge).ToList();
        Assert.Equal(["challenge:compute-cost", "challenge:data-privacy", "challenge:explainability"], challenges.Select(node => node.Id).Order());
        Assert.Contains("学校难以承担算力开销", challenges.Single(node => node.Key == "compute-cost").Aliases);
        Assert.Empty(graph.OfKind(NodeKind.Trend));
        var privacy = graph.Relations.Single(relation => relation.Type == RelationType.MentionedIn && relation.From == "challenge:data-privacy");
        Assert.Equal("首先,学生数据的隐私难以保障。", privacy.Evidence[0].Sentence);
    }

    [Fact]
    public void EnglishProseEnumerationUnderATrendsHeading()
    {
        var graph = Importing.Import("""
            ## Outlook

            First, agents will automate back-office work in finance. Second, multimodal models will read scans in healthcare. Finally, open models will lower costs.
            """, "outlook.md");

        var trends = graph.OfKind(NodeKind.Trend).Select(node => node.Id).Order().ToList();
        Assert.Equal(3, trends.Count);
        Assert.Contains("trend:automation-agents", trends);
        Assert.Contains("trend:multimodal", trends);
        Assert.True(graph.Has(RelationType.Affects, "trend:automation-agents", "industry:finance"));
        Assert.True(graph.Has(RelationType.Affects, "trend:multimodal", "industry:healthcare"));
    }

    [Fact]
    public void ChineseParenthesisedSubheadingsNestUnderTopLevelNumbers()
    {
        var graph = Importing.Import("""
            一、行业挑战
            （一）人才短缺
            制造业缺少懂模型的工程师。
            （二）标准缺失
            各家接口不统一。
            二、未来趋势
            （一）开源生态
            开源模型降低了成本。
            """, "cn.txt");

        Assert.Equal(["challenge:人才短缺", "challenge:标准缺失"], Listed(graph, NodeKind.Challenge));
        // "开源模型降低了成本" names no challenge of this report (人才短缺, 标准缺失): no MITIGATES, no cost node.
        Assert.DoesNotContain(graph.Relations, relation => relation.Type == RelationType.Mitigates);
        Assert.True(graph.Has(RelationType.PartOf, "section:cn/1.1", "section:cn/1"));
        Assert.True(graph.Has(RelationType.PartOf, "section:cn/1", "document:cn"));
    }

    // Items the report lists (mentioned in a section), as opposed to challenges a trend only says it mitigates.
    private static IEnumerable<string> Listed(DocumentGraph graph, NodeKind kind) => graph.OfKind(kind)
        .Where(node => graph.Relations.Any(relation => relation.Type == RelationType.MentionedIn && relation.From == node.Id))
        .Select(node => node.Id).Order();
}
