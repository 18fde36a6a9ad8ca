using KnowledgeGraph.Graph;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Import;

/// <summary>
/// One short report per layout family or phrasing real reports use (written for these tests): where the
/// trends and challenges are, what mitigates what, and what is cited, whatever the layout.
/// </summary>
public sealed class LayoutFamilyTests
{
    [Fact]
    public void ATitleWithTheCueMakesItsPlainSectionsItems()
    {
        var graph = Importing.Import("""
            # Open Challenges of Small Language Models

            ## Tokenizer drift
            Vocabularies age as slang changes, and banks see misread forms.

            ## Thin evaluation
            Few benchmarks cover dialects.

            ## Summary
            Both need work.
            """, "slm.md");

        Assert.Equal(["challenge:thin-evaluation", "challenge:tokenizer-drift"], Concepts(graph));
        Assert.True(graph.Has(RelationType.Affects, "challenge:tokenizer-drift", "industry:finance"));
    }

    [Fact]
    public void AnItemWithAListOfItsOwnDoesNotHideItsSiblings()
    {
        var graph = Importing.Import("""
            # 观察

            ## 二、主要挑战

            ### 1. 模型窃取风险

            攻击者通过接口复制模型。

            - 接口限流：限制调用频率。
            - 输出水印：在输出中嵌入标记。

            ### 2. 标注质量瓶颈

            标注数据错误率高。

            ### 3. 人才储备短板

            工厂缺少懂模型的工程师。
            """, "siblings.md");

        // 1. names one problem: its list says more about it, it is not a group of challenges beside 2. and 3.
        Assert.Contains("challenge:标注质量", Concepts(graph));
        Assert.Contains("challenge:人才储备", Concepts(graph));
        Assert.Contains("challenge:模型窃取", Concepts(graph));
    }

    [Fact]
    public void BoldOnlyNumberedHeadingsNestAndLoseTheirMarkup()
    {
        var graph = Importing.Import("""
            **一、主要风险**

            **（一）模型窃取风险**

            攻击者通过接口复制模型,医院的诊断模型尤其容易被盗。

            **（二）供应链投毒风险**

            开源组件可能被植入后门。
            """, "risk.md");

        Assert.Equal(["challenge:供应链投毒", "challenge:模型窃取"], Concepts(graph));
        Assert.All(graph.Nodes, node => Assert.DoesNotContain("*", node.Name));
        Assert.True(graph.Has(RelationType.Affects, "challenge:模型窃取", "industry:healthcare"));
    }

    [Fact]
    public void LetteredGroupsHoldNumberedItems()
    {
        var graph = Importing.Import("""
            # Field notes

            ## **A. Operational Challenges**

            ### 1. Latency spikes
            Responses slow down at peak hours.

            ### 2. Cost overruns
            Token bills grow faster than usage.

            ## **B. Social Challenges**

            ### 1. Deskilling
            Junior staff stop learning the basics.
            """, "notes.md");

        Assert.Contains("challenge:latency-spike", Concepts(graph));
        Assert.Contains("challenge:deskilling", Concepts(graph));
        Assert.Contains(graph.OfKind(NodeKind.Challenge), node => node.Aliases.Contains("Cost overruns") || node.Name == "Cost overruns");
        Assert.DoesNotContain(graph.Nodes, node => node.Name.StartsWith("A.", StringComparison.Ordinal) || node.Name.StartsWith("1.", StringComparison.Ordinal));
    }

    [Fact]
    public void AChapterOfProblemsWithCauseAndSolutionFacetsGivesOneItemEachAndItsRemedies()
    {
        var graph = Importing.Import("""
            # 第5章 局限与不足

            ## 5.1 知识陈旧

            ### 5.1.1 问题示例
            模型不知道上个月发布的新药,患者因此得到过时的建议。

            ### 5.1.2 原因分析
            训练数据有截止日期。

            ### 5.1.3 解决方法
            可以接入RAG检索最新资料。

            ## 5.2 本章小结
            以上是主要局限。
            """, "chapter.md");

        Assert.Equal(["challenge:知识陈旧"], Concepts(graph));
        Assert.True(graph.Has(RelationType.Affects, "challenge:知识陈旧", "industry:healthcare"));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:rag", "challenge:知识陈旧"));
        Assert.DoesNotContain(graph.Nodes, node => node.Kind is not NodeKind.Section && node.Name is "问题示例" or "原因分析" or "解决方法" or "本章小结");
    }

    [Fact]
    public void BoldLeadBulletsUnderACuedHeadingAreItems()
    {
        var graph = Importing.Import("""
            ## 三大挑战

            * **专家稀缺**：每条数据都要专家复核。
            * **长尾场景**：罕见病例的数据很少。
            * **评测失真**：榜单分数与真实效果脱节。
            """, "bullets.md");

        Assert.Equal(["challenge:专家稀缺", "challenge:评测失真", "challenge:长尾场景"], Concepts(graph));
    }

    [Fact]
    public void ARiskEntryWithExamplesAndMitigationsLinksEachRemedyToTheRisk()
    {
        var graph = Importing.Import("""
            ## RISK-7: Prompt Leakage

            ### Description
            System prompts can be extracted by users.

            ### Common Examples of Risk
            #### 1. Secret exposure
            Keys written into prompts leak to attackers.

            ### Prevention and Mitigation Strategies
            #### 1. Output Filtering
            Filter responses that repeat the system prompt.
            #### 2. Retrieval-Augmented Generation (RAG)
            Keep secrets out of the prompt and fetch data at run time.
            """, "risk-7.md");

        var risk = Assert.Single(graph.OfKind(NodeKind.Challenge), node => node.Name.Contains("Prompt Leakage", StringComparison.Ordinal));
        Assert.Contains("challenge:secret-exposure", Concepts(graph));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:output-filtering", risk.Id));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:rag", risk.Id));
    }

    [Fact]
    public void StrategiesAfterAnIntroSentenceAreCountermeasuresOfTheItem()
    {
        var graph = Importing.Import("""
            # Challenges with agents

            ## Tool misuse

            Agents call tools with wrong arguments. Tool misuse can be reduced by the following strategies:

            1. **Schema Validation:** Check every call against the tool schema.
            2. **Dry Runs:** Execute calls in a sandbox first.
            """, "agents.md");

        Assert.Equal(["challenge:tool-misuse"], Concepts(graph));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:schema-validation", "challenge:tool-misuse"));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:dry-runs", "challenge:tool-misuse"));
    }

    [Fact]
    public void SolutionsInsideAListEntryMitigateThatEntry()
    {
        var graph = Importing.Import("""
            ## Deployment Challenges

            1. **Context Limits:** Long documents do not fit in the window.

                **Solutions:** Retrieval-Augmented Generation (RAG) keeps only the relevant passages in context.

            2. **Cold Starts:** Large models take minutes to load.
            """, "deploy.md");

        Assert.Equal(["challenge:cold-start", "challenge:context-limit"], Concepts(graph));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:rag", "challenge:context-limit"));
        Assert.False(graph.Has(RelationType.Mitigates, "technology:rag", "challenge:cold-start"));
    }

    [Fact]
    public void CountermeasuresOfAGovernanceSectionFindTheRiskTheyName()
    {
        var graph = Importing.Import("""
            # 大模型的风险与治理

            ## 一、风险

            ### (一)越狱攻击风险
            攻击者用角色扮演绕过限制。

            ### (二)数据泄露风险
            训练语料中的身份证号可能被复述。

            ## 二、风险治理

            **一是输入过滤。**在模型之前检测越狱攻击提示词。**二是数据脱敏。**训练前清除身份证号等敏感信息,防止数据泄露。
            """, "gov.md");

        Assert.True(graph.Has(RelationType.Mitigates, "technology:输入过滤", "challenge:越狱攻击"));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:data-masking", "challenge:数据泄露"));
        Assert.False(graph.Has(RelationType.Mitigates, "technology:输入过滤", "challenge:数据泄露"));
    }

    [Fact]
    public void ListedChallengesAndTheirLaterSectionsAreOneNode()
    {
        var graph = Importing.Import("""
            # Notes on retrieval systems

            ## Main challenges
            1. Stale Indexes: documents change after indexing.
            2. Query Drift: users phrase things differently.

            ## Stale indexes
            When the index is stale, answers cite removed pages. Re-indexing can be reduced by the following strategies:

            - **Change Feeds:** Re-index only what changed.
            """, "rag-notes.md");

        Assert.Equal(["challenge:query-drift", "challenge:stale-index"], Concepts(graph));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:change-feeds", "challenge:stale-index"));
    }

    [Fact]
    public void SiblingsOfCuedPointsAreItemsOfTheSameKind()
    {
        var graph = Importing.Import("""
            大模型落地观察

            * **成本问题**：推理费用高。
            * **人才问题**：懂业务的工程师少。
            * **数据孤岛**：部门之间不共享数据。
            """, "siblings.md");

        Assert.Contains("challenge:数据孤岛", Concepts(graph));
    }

    [Fact]
    public void AReportWithoutHeadingsStillStatesItsTrendsAndChallenges()
    {
        var graph = Importing.Import("""
            过去一年,行业变化很快。

            未来,端侧模型将越来越普及,手机厂商会把助手装进系统。

            但是,中小企业很难负担私有化部署的成本,银行尤其缺乏合规的方案。
            """, "essay.md");

        Assert.Contains(graph.OfKind(NodeKind.Trend), node => node.Name.Contains("端侧模型", StringComparison.Ordinal));
        var challenge = Assert.Single(graph.OfKind(NodeKind.Challenge));
        Assert.True(graph.Has(RelationType.Affects, challenge.Id, "industry:finance"));
        Assert.Single(graph.OfKind(NodeKind.Section));
    }

    [Fact]
    public void QuestionHeadingsWithProseAnswersGiveTheStatements()
    {
        var graph = Importing.Import("""
            # 关于创业的两问

            ## 创业公司能不能做基础模型?

            我的判断是:创业公司很难做基础模型,因为算力和数据都在大厂手里。

            ## 垂直模型有没有机会?

            有。未来每个行业都会有自己的垂直模型,法律和电商最先落地。
            """, "questions.md");

        Assert.Contains(graph.OfKind(NodeKind.Challenge), node => node.Name.Contains("很难做基础模型", StringComparison.Ordinal));
        var trend = Assert.Single(graph.OfKind(NodeKind.Trend));
        Assert.True(graph.Has(RelationType.Affects, trend.Id, "industry:legal"));
        Assert.True(graph.Has(RelationType.Affects, trend.Id, "industry:e-commerce"));
    }

    [Fact]
    public void EntityWordsNameTheirIndustry()
    {
        var graph = Importing.Import("""
            ## Challenges
            ### Unsafe advice
            Patients and hospitals rely on answers that may be wrong.
            ### Fraud
            Banks see forged documents generated in seconds.
            ### Fake listings
            E-commerce platforms are flooded with invented products.
            """, "entities.md");

        Assert.True(graph.Has(RelationType.Affects, "challenge:unsafe-advice", "industry:healthcare"));
        Assert.True(graph.Has(RelationType.Affects, "challenge:fraud", "industry:finance"));
        Assert.True(graph.Has(RelationType.Affects, "challenge:fake-listing", "industry:e-commerce"));
    }

    [Fact]
    public void KeyPointsAtAGlanceAreItemsOfTheKindTheirWordsSay()
    {
        var graph = Importing.Import("""
            # 推理成本观察

            **重点概览：**

            * **端侧推理日益普及**：手机芯片的算力逐年翻倍。
            * **长上下文仍然昂贵**：显存不足让长文档难以处理。

            ## 一、背景
            去年价格下降了一半。
            """, "glance.md");

        Assert.Equal(["challenge:长上下文仍然昂贵", "trend:端侧推理日益普及"], Concepts(graph));
    }

    [Fact]
    public void PlainTextBulletsUnderACuedHeadingAreItemsAndNestedOnesTheirDetails()
    {
        var graph = Importing.Import("""
            一、主要挑战
            - 人才短缺:缺少懂业务的算法工程师。
            - 标准缺失:各家接口互不兼容。
            二、结语
            以上。
            """, "plain.txt");

        Assert.Equal(["challenge:人才短缺", "challenge:标准缺失"], Concepts(graph));
    }

    [Fact]
    public void ARemediesHeadingThatNamesItsChallengeLinksEveryRemedyToIt()
    {
        var graph = Importing.Import("""
            ## 主要风险
            1. 训练数据泄露:模型复述语料中的身份证号。
            2. 提示词窃取:用户套出系统提示词。

            ## 缓解训练数据泄露
            - 去重过滤:训练前删除重复和敏感的片段。
                - 细节:按哈希去重。
            - 差分隐私:训练时加入噪声。
            """, "remedies.md");

        Assert.True(graph.Has(RelationType.Mitigates, "technology:去重过滤", "challenge:训练数据泄露"));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:differential-privacy", "challenge:训练数据泄露"));
        Assert.False(graph.Has(RelationType.Mitigates, "technology:去重过滤", "challenge:提示词窃取"));
        Assert.DoesNotContain(graph.Nodes, node => node.Name == "细节");
    }

    [Fact]
    public void ACuedListDeepInsideATopicSectionHoldsItemsOfItsOwn()
    {
        var graph = Importing.Import("""
            # Emerging Trends in Speech Models

            ## Streaming Architectures

            ### Chunked Attention
            Models attend over short windows.

            **Challenges**

            - **Boundary Errors:** Words split across chunks are misheard.
            - **Latency Jitter:** Chunk sizes vary with load.
            """, "speech.md");

        Assert.Equal(["challenge:boundary-error", "challenge:latency-jitter", "trend:streaming-architecture"], Concepts(graph));
    }

    [Fact]
    public void ASentenceThatSaysWhatReducesAChallengeLinksThem()
    {
        var graph = Importing.Import("""
            ## 挑战
            ### 推理成本
            中小企业负担不起推理成本。

            ## 实践
            业界普遍通过模型压缩降低推理成本。
            """, "stated.md");

        var mitigation = graph.Relations.Single(relation => relation.Type == RelationType.Mitigates);
        Assert.Equal(("technology:model-compression", "challenge:compute-cost"), (mitigation.From, mitigation.To));
        Assert.Equal("业界普遍通过模型压缩降低推理成本。", mitigation.Evidence.Single().Sentence);
    }

    [Fact]
    public void NumberedMethodsUnderAHeadingThatNamesTheProblemAreItsRemedies()
    {
        var graph = Importing.Import("""
            * **串词问题**：模型把两个人的经历混在一起。
            * **格式问题**：输出的表格缺列。

            ## 消灭串词的方法

            ### 方法一：分段检索
            每次只检索一个人的资料。

            ### 方法二：RAG
            用检索结果约束回答。
            """, "methods.md");

        Assert.True(graph.Has(RelationType.Mitigates, "technology:分段检索", "challenge:串词"));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:rag", "challenge:串词"));
        Assert.False(graph.Has(RelationType.Mitigates, "technology:rag", "challenge:格式"));
    }

    [Fact]
    public void ReferencesInTheirCommonFormsAreFoundAndCited()
    {
        var graph = Importing.Import("""
            # 观察

            ## 现状

            主要参考自:

            - [全球生成式AI使用报告](https://example.org/report)

            基本都是2023年的数据。在我之前的文章《向量检索入门》中提到过召回问题。

            ## 挑战

            ### 评测失真
            榜单分数与真实效果脱节^\[2\]^,见 (Ref. link: [Lab](https://example.org/lab))。

            ### 参考资料

            \[2\]

            Benchmark drift: *https://example.org/drift*

            ## Reference Links
            1. [Lab notes on evaluation](https://example.org/lab): **Lab**
            """, "refs.md");

        var titles = graph.OfKind(NodeKind.Reference).Select(node => node.Title).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Benchmark drift", "Lab notes on evaluation: Lab", "《向量检索入门》", "全球生成式AI使用报告"], titles);
        var cited = graph.Relations.Where(relation => relation.Type == RelationType.Cites).Select(relation => graph.Nodes.Single(node => node.Id == relation.To).Title).ToHashSet();
        Assert.Equal(titles.ToHashSet(), cited);
        Assert.Equal("https://example.org/report", graph.OfKind(NodeKind.Reference).Single(node => node.Title == "全球生成式AI使用报告").Url);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OneConceptNamedAlikeInTwoReportsIsOneNodeWhateverTheOrder(bool reversed)
    {
        var first = Importing.Import("## Challenges\n### Tokenizer Drifts\nVocabularies age.\n### 提示泄露风险\n用户套出系统提示词。", "one.md");
        var second = Importing.Import("## Challenges\n### Tokenizer drift\nSlang changes.\n### 提示泄露\n系统提示词被复述。", "two.md");
        using var store = new KnowledgeGraph.Store.Embedded.EmbeddedGraphStore();

        foreach (var graph in reversed ? new[] { second, first } : [first, second])
        {
            await store.UpsertDocumentAsync(graph, CancellationToken.None);
        }

        var challenges = (await store.ExportAsync(CancellationToken.None)).Nodes.Where(node => node.Kind == NodeKind.Challenge).Select(node => node.Id).Order();
        Assert.Equal(["challenge:tokenizer-drift", "challenge:提示泄露"], challenges);
    }

    [Fact]
    public void ComparisonsAndBareBoldLinesAreNotItems()
    {
        var graph = Importing.Import("""
            ## 发展趋势

            ### 开源 vs 闭源
            两者各有市场。

            ### 端侧部署
            手机上运行小模型将越来越普遍。

            **扫一扫 关注我们**

            **欢迎转发**
            """, "compare.md");

        Assert.Equal(["trend:端侧部署"], Concepts(graph));
    }

    [Fact]
    public void AnEmphasisedOpeningIsNotAPointAndTheSentenceStatesIt()
    {
        var graph = Importing.Import("""
            ## 我的思考

            ### 质疑

            **最主要的是**，现在的产品功能单一，难以投入真正的生产。
            """, "doubt.md");

        var challenge = Assert.Single(graph.OfKind(NodeKind.Challenge));
        Assert.Equal("难以投入真正的生产", challenge.Name);
    }

    [Fact]
    public void ARemediesHeadingThatNamesAProblemStatesIt()
    {
        var graph = Importing.Import("""
            ## 记忆泄露风险的防范和缓解
            - 语料过滤:训练前删去敏感片段。
            - 查询限流:限制批量提取训练数据的请求。
            """, "named-remedies.md");

        Assert.Equal(["challenge:记忆泄露"], Concepts(graph));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:语料过滤", "challenge:记忆泄露"));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:查询限流", "challenge:记忆泄露"));
    }

    [Fact]
    public void AHeadingOfAVerbOfRemedyAndMethodsHoldsCountermeasures()
    {
        var graph = Importing.Import("""
            # 检索系统观察

            ## 一、主要挑战

            ### 1. 串库问题
            检索时常把不同客户的文档混在一起返回。

            ## 二、串库检测方法

            **租户标记比对：**给每段文档打上租户标记，返回前逐段比对。

            **抽样复核：**每天抽查一批回答，由人工确认出处。
            """, "detect-methods.md");

        Assert.Equal(["challenge:串库"], Concepts(graph));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:租户标记比对", "challenge:串库"));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:抽样复核", "challenge:串库"));
    }

    [Fact]
    public void AWebArticlesOpeningAfterItsBylineStatesATrendAndAChallengeAndItsExamplesTheIndustries()
    {
        var graph = Importing.Import("""
            # 检索助手的挑战

            原创

            文 | 某研究院 张三

            近年来,检索助手在多个行业广泛应用,显著提升了查询效率。例如,在金融行业,它被用于研报检索;在医疗行业,它帮助医生查找文献。然而,检索助手也面临诸多风险和挑战,难以保证答案可靠。

            ## 一、串库问题
            检索时常把不同客户的文档混在一起返回。

            ## 二、引用失真
            回答里的出处常与原文对不上。
            """, "opening.md");

        var trend = Assert.Single(graph.OfKind(NodeKind.Trend));
        Assert.StartsWith("检索助手在多个行业广泛应用", trend.Name);
        Assert.True(graph.Has(RelationType.Affects, trend.Id, "industry:finance"));
        Assert.True(graph.Has(RelationType.Affects, trend.Id, "industry:healthcare"));
        Assert.Contains(graph.OfKind(NodeKind.Challenge), challenge => challenge.Name.Contains("难以保证答案可靠", StringComparison.Ordinal)
            || challenge.Name.Contains("面临诸多风险和挑战", StringComparison.Ordinal));
    }

    [Fact]
    public void NumberedBoldEntriesAreSiblingHeadingsAndTheirRemedyIntrosNameTheAttack()
    {
        var graph = Importing.Import("""
            # Challenges of private training

            ## Privacy
            Risks stem from training data.

            1. **Gradient Leakage Attack:**

            Adversaries read gradients to rebuild inputs.

            To mitigate gradient attacks, several strategies can be employed:

            1. **Noise Insertion**: Add noise to every gradient.

            **2. Membership Inference Attack**

            Attackers test whether a sample was used.
            """, "private.md");

        Assert.Contains("challenge:gradient-leakage", Concepts(graph));
        Assert.Contains("challenge:membership-inference", Concepts(graph));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:noise-insertion", "challenge:gradient-leakage"));
        var parents = graph.Relations.Where(relation => relation.Type == RelationType.PartOf).ToDictionary(relation => relation.From, relation => relation.To);
        var sections = graph.OfKind(NodeKind.Section).ToDictionary(node => node.Name, node => node.Id);
        Assert.Equal(parents[sections["Gradient Leakage Attack"]], parents[sections["Membership Inference Attack"]]);
    }

    [Fact]
    public void AShortLineEndingInAColonTitlesTheListBelowIt()
    {
        var graph = Importing.Import("""
            ## 行业观察

            关键结论:

            * 端侧普及: 手机厂商将越来越多地内置模型。
            * 人才缺口: 懂业务的工程师严重不足。

            其余内容是案例。
            """, "list-title.md");

        Assert.Equal(["challenge:人才缺口", "trend:端侧普及"], Concepts(graph));
        var listSection = graph.OfKind(NodeKind.Section).Single(node => node.Name == "关键结论");
        Assert.DoesNotContain("案例", listSection.Text);
    }

    [Fact]
    public void AHeadingWithNoTextOfItsOwnUnderACuedTitleGroupsItsItems()
    {
        var graph = Importing.Import("""
            # Emerging Trends in Speech Models

            ## Streaming Recognition
            Recognizers increasingly transcribe while people are still talking.

            ### Latency budgets
            Each stage gets a few milliseconds.

            ## New Decoder Designs

            ### Token Skipping
            Decoders will skip silent frames.

            ### Shared Vocabularies
            One vocabulary is growing to serve many languages.
            """, "speech-trends.md");

        // "Streaming Recognition" says what it is about; "New Decoder Designs" only groups the two designs below it.
        Assert.Equal(["trend:shared-vocabulary", "trend:streaming-recognition", "trend:token-skipping"], Concepts(graph));
    }

    [Fact]
    public void AFutureDirectionsHeadingOverANumberedListHoldsOneItemPerEntry()
    {
        var graph = Importing.Import("""
            # Speech Model Trends

            ## Voice Agents
            Voice agents increasingly book appointments for clinics.

            ### Future Research Directions

            1. Noisy rooms remain hard to transcribe, and call centres lose accuracy there.
            2. Code-switching between languages is a growing need that few systems serve.
            """, "speech-directions.md");

        // "Future" qualifies the cue like "主要" does; the heading names a kind of section, not one item.
        var concepts = Concepts(graph);
        Assert.Equal(3, concepts.Count);
        Assert.DoesNotContain("trend:future", concepts);
        Assert.Contains(graph.Nodes, node => node.Name.StartsWith("Noisy rooms remain hard to transcribe", StringComparison.Ordinal));
    }

    [Fact]
    public void ARemedyWordThatOnlyQualifiesAHeadingDoesNotMakeItRemedies()
    {
        var graph = Importing.Import("""
            # 初创企业观察

            ## 面向零售解决方案的AI

            大约40家公司面向零售。

            关键结论:

            * 人才缺口: 懂零售的工程师严重不足。
            * 算力依赖: 初创企业难以负担训练成本。

            ## 数据泄露风险

            模型会记住客户数据。

            ### 数据泄露的防范措施

            * 数据脱敏: 训练前去除身份信息。
            """, "remedy-word.md");

        // "…解决方案的AI" is about AI (a Chinese phrase ends with its head); its key points are challenges, not remedies.
        var concepts = Concepts(graph);
        Assert.Contains("challenge:人才缺口", concepts);
        Assert.Contains("challenge:compute-cost", concepts);
        Assert.DoesNotContain(graph.OfKind(NodeKind.Technology), node => node.Name == "人才缺口");
        // "…的防范措施" ends with its remedy words: its entries are countermeasures of the risk above it.
        var remedy = Assert.Single(graph.OfKind(NodeKind.Technology), node => node.Name == "数据脱敏");
        Assert.Contains(graph.Relations, relation => relation.Type == RelationType.Mitigates && relation.From == remedy.Id);
    }

    [Fact]
    public void ProblemsADescriptionDefinesAreChallengesAndRemediesThatNameThemMitigateThem()
    {
        var graph = Importing.Import("""
            ## R07: Prompt Leakage

            ### Description

            Prompt leakage exposes the instructions an application gives its model. Echoing occurs when the model
            repeats its system prompt to a curious user. A related issue is oversharing.

            ### Common Examples of Risk

            #### 1. Credential Exposure
            Keys pasted into prompts reach the user.

            ### Prevention and Mitigation Strategies

            #### 1. Output Screening
            Screen each answer before it is shown. This helps reduce echoing in chat windows.
            """, "prompt-leakage.md");

        // "Description" frames the risk: its text is the risk's own, and the problems it defines are challenges.
        var concepts = Concepts(graph);
        Assert.Contains("challenge:echoing", concepts);
        Assert.Contains("challenge:oversharing", concepts);
        var screening = Assert.Single(graph.OfKind(NodeKind.Technology), node => node.Name == "Output Screening");
        Assert.True(graph.Has(RelationType.Mitigates, screening.Id, "challenge:r07-prompt-leakage"));
        // Its sentence says what else it reduces.
        Assert.True(graph.Has(RelationType.Mitigates, screening.Id, "challenge:echoing"));
        Assert.False(graph.Has(RelationType.Mitigates, screening.Id, "challenge:oversharing"));
    }

    [Fact]
    public void TheIntroOfASectionOfItemsStatesAPointOfItsOwnWhenItSaysSoTwice()
    {
        var graph = Importing.Import("""
            # 大模型观察

            ## 一、未来趋势

            未来,端侧模型将如雨后春笋般出现。

            ### 1. 端侧推理
            手机厂商内置小模型。

            ### 2. 多模态助手
            助手能看懂图片。

            ## 二、主要挑战

            下面分两点介绍。

            ### 1. 人才缺口
            工程师不足。

            ### 2. 标注质量
            标注数据错误率高。
            """, "overarching.md");

        var concepts = Concepts(graph);
        Assert.Contains(graph.OfKind(NodeKind.Trend), node => node.Name == "端侧模型将如雨后春笋般出现");
        Assert.Contains("trend:端侧推理", concepts);
        // An intro that only announces its parts states nothing.
        Assert.Equal(2, graph.OfKind(NodeKind.Challenge).Count());
    }

    [Fact]
    public void MeansAProseRemedyNamesByItsVerbOfUseMitigateItsChallenge()
    {
        var graph = Importing.Import("""
            # 第3章 语音模型的局限

            ## 3.1 口音识别差

            方言用户的识别错误率很高。

            ### 3.1.1 解决方法

            可以通过口音自适应的方式降低错误率。也可以构造多方言的语料库进行训练。还可以对声学模型进行方言增强处理。
            通过这种方法,效果更好。
            """, "used-means.md");

        var challenge = Assert.Single(graph.OfKind(NodeKind.Challenge));
        var remedies = graph.Relations.Where(relation => relation.Type == RelationType.Mitigates && relation.To == challenge.Id)
            .Select(relation => graph.Nodes.Single(node => node.Id == relation.From).Name).Order(StringComparer.Ordinal).ToList();
        // "这种方法" stands for a means said before; it names none.
        Assert.Equal(["口音自适应", "多方言的语料库", "方言增强"], remedies);
    }

    [Fact]
    public void ALaterSectionOnAListedChallengeIsItsOwnAndItsApproachesMitigateIt()
    {
        var graph = Importing.Import("""
            # Speech Models

            ## Types of Challenges

            1. Adversarial Audio
            2. Accent Gaps

            ## A1. Adversarial Audio Attacks

            Crafted noise misleads the recognizer. Common forms:

            1. Hidden Commands: words people cannot hear.
            2. Noise Floods: static that drowns speech.

            One approach to mitigating such attacks involves training the recognizer on perturbed clips, so that it ignores them.
            Another mechanism to defend recognizers against them involves the use of a spectral filter as shown in a paper.

            ## A2. Accent Gaps

            Accents remain hard to recognize.
            """, "listed-later.md");

        // The later section is the listed item's own: its list gives forms of it, not challenges beside it.
        var attack = Assert.Single(graph.OfKind(NodeKind.Challenge), node => node.Name.StartsWith("Adversarial Audio", StringComparison.Ordinal));
        Assert.DoesNotContain(graph.OfKind(NodeKind.Challenge), node => node.Name == "Hidden Commands");
        var remedies = graph.Relations.Where(relation => relation.Type == RelationType.Mitigates && relation.To == attack.Id)
            .Select(relation => graph.Nodes.Single(node => node.Id == relation.From).Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["spectral filter", "training the recognizer on perturbed clips"], remedies);
    }

    [Fact]
    public void EntriesNestedUnderAListEntryAreItsText()
    {
        var graph = Importing.Import("""
            ## 识别风险

            ### 1. 口音偏差

            方言用户的识别错误率高。

            ### 2. 噪声干扰

            嘈杂环境下错误率高。

            ### 缓解 `口音偏差` 和 `噪声干扰`

            - AccentNet
            	- 用方言语料训练声学模型,从而减少口音偏差带来的错误。
            - DenoiseKit
            	- 降噪模块过滤背景声,从而缓解噪声干扰。

            ## 发展趋势

            - 车载语音
            	- 汽车厂商把语音助手装进座舱。
            - 会议转写
            """, "nested-entries.md");

        // A remedies heading that names two challenges: each remedy's own text says which one it addresses.
        Assert.True(graph.Has(RelationType.Mitigates, "technology:accentnet", "challenge:口音偏差"));
        Assert.False(graph.Has(RelationType.Mitigates, "technology:accentnet", "challenge:噪声干扰"));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:denoisekit", "challenge:噪声干扰"));
        // A trend's nested entry is its detail: the industry it names is one the trend affects.
        Assert.True(graph.Has(RelationType.Affects, "trend:车载语音", "industry:automotive"));
    }

    [Fact]
    public void TheTechnologyARemedyEntrySaysItUsesMitigatesItsChallengeToo()
    {
        var graph = Importing.Import("""
            ## 知识过时风险

            模型不知道训练之后发生的事。

            ### 应对措施

            - 实时检索外部资料: 借助知识库补充最新知识,从而缓解知识过时。
            - 定期更新: 每季度重新训练。
            """, "remedy-entry.md");

        var challenge = Assert.Single(graph.OfKind(NodeKind.Challenge));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:实时检索外部资料", challenge.Id));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:knowledge-base", challenge.Id));
    }

    [Fact]
    public void ATitledListOfIndustriesIsOneItemThatAffectsEachOfThem()
    {
        var graph = Importing.Import("""
            # Where Speech Startups Sell

            ## Adoption by sector

            Early adopters:

            * Healthcare
            * Banking (12 companies, 3%)

            Slow to follow:

            * Agriculture
            * Logistics

            Common features:

            * Streaming transcription
            * Speaker labels
            """, "industry-lists.md");

        var early = Assert.Single(graph.OfKind(NodeKind.Trend), node => node.Name == "Early adopters");
        Assert.True(graph.Has(RelationType.Affects, early.Id, "industry:healthcare"));
        Assert.True(graph.Has(RelationType.Affects, early.Id, "industry:finance"));
        var slow = Assert.Single(graph.OfKind(NodeKind.Trend), node => node.Name == "Slow to follow");
        Assert.True(graph.Has(RelationType.Affects, slow.Id, "industry:agriculture"));
        // A list of other things is not one.
        Assert.DoesNotContain(graph.Nodes, node => node.Name == "Common features" && node.Kind is NodeKind.Trend or NodeKind.Challenge);
    }

    [Fact]
    public void AContainerOfTheOtherKindAmongTheTrendsDoesNotHideThem()
    {
        var graph = Importing.Import("""
            # 语音助手调研

            ## 语音助手发展现状

            ### 行业使用情况

            银行客服使用语音助手的比例最高。

            ### 主要用途

            多数公司用它降低客服成本。

            ### 使用中的风险

            - 误识别: 口音导致错误。
            - 隐私泄露: 录音被滥用。
            """, "status.md");

        var concepts = Concepts(graph);
        // "发展现状" describes how the field develops: its plain parts are trends, the risks section beside them holds challenges.
        Assert.Contains("trend:行业使用情况", concepts);
        Assert.Contains("trend:主要用途", concepts);
        Assert.Contains("challenge:误识别", concepts);
        Assert.True(graph.Has(RelationType.Affects, "trend:行业使用情况", "industry:finance"));
    }

    [Fact]
    public void ASentenceThatSaysWhatTheSolutionIsNamesARemedyOfItsChallenge()
    {
        var graph = Importing.Import("""
            # 语音模型的问题

            * **录音外泄**: 云端转写会把会议录音传到外部。一个直观的解决办法就是让设备离线转写,录音不出本机。
            * **Wake-word misfires**: Assistants wake up on television dialogue. The simplest fix is speaker verification, which ignores other voices.
            """, "solution-is.md");

        Assert.True(graph.Has(RelationType.Mitigates, "technology:设备离线转写", "challenge:录音外泄"));
        var misfires = Assert.Single(graph.OfKind(NodeKind.Challenge), node => node.Name == "Wake-word misfires");
        Assert.True(graph.Has(RelationType.Mitigates, "technology:speaker-verification", misfires.Id));
    }

    [Fact]
    public void TheDocumentsOpeningStatesAPointWhenItSaysSoTwice()
    {
        var graph = Importing.Import("""
            # 第5章 语音模型的局限

            如今语音助手如雨后春笋般涌现,成为下一个入口。

            ## 5.1 口音偏差

            方言用户的识别错误率很高。

            ## 5.2 噪声干扰

            嘈杂环境下错误率高。
            """, "opening.md");

        var trend = Assert.Single(graph.OfKind(NodeKind.Trend));
        Assert.StartsWith("如今语音助手如雨后春笋般涌现", trend.Name, StringComparison.Ordinal);
        Assert.Equal(2, graph.OfKind(NodeKind.Challenge).Count());
    }

    [Fact]
    public void MeansANamedRemedysSentenceUsesMitigateTheChallengeItNames()
    {
        var graph = Importing.Import("""
            # 语音助手的安全风险

            ## 一、风险

            ### 1. 指令注入风险

            攻击者在音频中藏入指令。

            ### 2. 录音泄露风险

            录音被上传到外部。

            ## 二、风险治理

            ### 1. 输入检测

            可以通过声纹过滤的方式防御指令注入。还可以使用指令注入的手段来检测助手的防御能力。
            """, "named-remedy-means.md");

        Assert.True(graph.Has(RelationType.Mitigates, "technology:声纹过滤", "challenge:指令注入"));
        // A means that names one of the report's problems tests for it; it is no remedy.
        Assert.DoesNotContain(graph.OfKind(NodeKind.Technology), node => node.Name == "指令注入");
    }

    [Fact]
    public void ARemedyNamedOnlyByGenericWordsSpeaksThroughItsText()
    {
        var graph = Importing.Import("""
            # Challenges of Speech Models

            ## 1. Replay Attacks

            Recorded voices unlock accounts.

            To mitigate replay attacks, several strategies can be employed:

            1. **Liveness Checks**: Asking for a random phrase defeats recordings.
            2. **Defense Mechanisms**: Techniques like federated learning reduce what a stolen recording reveals.
            """, "generic-remedy.md");

        var attack = Assert.Single(graph.OfKind(NodeKind.Challenge));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:liveness-checks", attack.Id));
        // "Defense Mechanisms" names no remedy; the technology its text names is the one that mitigates.
        Assert.DoesNotContain(graph.OfKind(NodeKind.Technology), node => node.Name == "Defense Mechanisms");
        Assert.True(graph.Has(RelationType.Mitigates, "technology:federated-learning", attack.Id));
    }

    [Fact]
    public void ASolutionStatedOutsideItsChallengesSectionMitigatesTheChallengeItNames()
    {
        var graph = Importing.Import("""
            # 语音助手的三个问题

            * **唤醒误触**: 电视里的对白会唤醒助手。
            * **录音外泄**: 云端转写会把会议录音传到外部。

            这两个问题中,"录音外泄"最好的解决方案当然是离线转写,录音不出本机才最安全。

            ## 小结

            误触仍待研究。
            """, "solution-elsewhere.md");

        var leak = Assert.Single(graph.OfKind(NodeKind.Challenge), node => node.Name == "录音外泄");
        var misfire = Assert.Single(graph.OfKind(NodeKind.Challenge), node => node.Name == "唤醒误触");
        Assert.True(graph.Has(RelationType.Mitigates, "technology:离线转写", leak.Id));
        Assert.False(graph.Has(RelationType.Mitigates, "technology:离线转写", misfire.Id));
    }

    [Fact]
    public void AnAcronymAChallengeSpellsOutAsItsNameIsTheChallengeNotARemedy()
    {
        var graph = Importing.Import("""
            # Privacy Challenges of Speech Models

            ## 1. Voice Cloning Attack

            A Voice Cloning Attack (VCA) copies a speaker's voice from a few recorded clips.

            Mitigating VCA involves several mechanisms:

            1. **Voice Conversion**: Changing the timbre of stored clips hides who spoke.
            2. **Regularization**: Weight decay is one such method that prevents overfitting, thus contributing to VCA prevention.
            """, "challenge-acronym.md");

        var attack = Assert.Single(graph.OfKind(NodeKind.Challenge));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:regularization", attack.Id));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:voice-conversion", attack.Id));
        Assert.DoesNotContain(graph.OfKind(NodeKind.Technology), node => node.Id == "technology:vca");
    }

    [Fact]
    public void WhereASentenceStatesItsMeansTheTechnologyItUsesIsNotARemedyBesideIt()
    {
        var graph = Importing.Import("""
            # 语音助手的问题

            ## 1. 错答问题

            助手常把事实答错。

            ### 解决方法

            可以用公开百科或类似知识库对语音模型进行知识增强,从而降低错答。
            """, "stated-means.md");

        var wrongAnswers = Assert.Single(graph.OfKind(NodeKind.Challenge));
        Assert.True(graph.Has(RelationType.Mitigates, "technology:知识增强", wrongAnswers.Id));
        Assert.False(graph.Has(RelationType.Mitigates, "technology:knowledge-base", wrongAnswers.Id));
    }

    [Fact]
    public void ARemedysProseThatSaysWhereTheFieldIsGoingThreeTimesOverStatesATrend()
    {
        var graph = Importing.Import("""
            # 语音助手的问题

            ## 1. 错答问题

            助手常把事实答错。

            ### 解决方法

            接入实时检索,让助手先查后答。这种助手以对话形式处理用户需求,或许会颠覆整个语音搜索的模式,也是未来语音应用的一条新赛道。

            接入检索以后,答案会更准。
            """, "remedy-trend.md");

        var trend = Assert.Single(graph.OfKind(NodeKind.Trend));
        Assert.Contains("颠覆整个语音搜索的模式", trend.Name, StringComparison.Ordinal);
        Assert.Single(graph.OfKind(NodeKind.Challenge));
    }

    [Fact]
    public void AProblemATrendsTextStatesOutrightIsAChallengeTheTrendMitigates()
    {
        var graph = Importing.Import("""
            # Emerging Architectures for Speech Models

            ## Streaming Decoders

            Streaming decoders emit words while the speaker is still talking.

            **Key Features:**

            - **Low Latency**: Unlike batch recognizers, which suffer from long delays on every utterance, streaming decoders answer within a beat.

            ## On-device Recognition

            Recognition is increasingly moving onto phones. Additionally, sending every recording to a server can be costly.
            """, "answered-problems.md");

        var delays = Assert.Single(graph.OfKind(NodeKind.Challenge), node => node.Name == "long delays on every utterance");
        var upload = Assert.Single(graph.OfKind(NodeKind.Challenge), node => node.Name == "sending every recording to a server can be costly");
        Assert.True(graph.Has(RelationType.Mitigates, "trend:streaming-decoder", delays.Id));
        Assert.True(graph.Has(RelationType.Mitigates, "trend:on-device-recognition", upload.Id));
        // "costly" names no theme here: the problem is the report's own, not the ontology's cost pressure.
        Assert.DoesNotContain(graph.OfKind(NodeKind.Challenge), node => node.Id == "challenge:compute-cost");
        Assert.Equal(2, graph.OfKind(NodeKind.Challenge).Count());
    }

    [Fact]
    public void ASectionItemIsMentionedByTheSentenceThatStatesItWhenItsOpeningDoesNot()
    {
        var graph = Importing.Import("""
            # Trends in Voice Assistants

            ## Kitchens

            Kitchen assistants are becoming common: cooks set timers by voice while their hands are busy.

            ## Reading Between the Lines

            Let's stop for a moment. What do these uses share? This is where a habit that is becoming essential comes in: speaking to devices in short, clear commands.
            """, "stated-later.md");

        List<string> MentionsOf(string id) => [.. graph.Relations
            .Where(relation => relation.Type == RelationType.MentionedIn && relation.From == id)
            .SelectMany(relation => relation.Evidence).Select(evidence => evidence.Sentence)];
        var figurative = MentionsOf("trend:reading-between-the-line");
        var plain = MentionsOf("trend:kitchen");

        Assert.Contains(figurative, sentence => sentence.StartsWith("This is where a habit that is becoming essential", StringComparison.Ordinal));
        // An opening that states the item already is where it is stated: nothing more.
        Assert.Equal(["Kitchens", "Kitchen assistants are becoming common: cooks set timers by voice while their hands are busy."], plain);
    }

    private static List<string> Concepts(DocumentGraph graph) =>
        [.. graph.Nodes.Where(node => node.Kind is NodeKind.Trend or NodeKind.Challenge).Select(node => node.Id).Order(StringComparer.Ordinal)];
}
