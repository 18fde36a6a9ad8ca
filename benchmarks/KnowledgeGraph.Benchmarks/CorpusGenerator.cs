using System.Text;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Composes report-like documents from an ontology's vocabulary, shaped like the seed reports: an
/// introduction, a status section of prose that names industries and technologies, numbered trends and
/// challenges with a title and a few sentences each, a 首先/其次 enumeration, citations and a reference
/// list; about 6 KB each. Deterministic for a given seed.
/// </summary>
public sealed class CorpusGenerator(Ontology.Ontology ontology, int seed = 42)
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六"];
    private static readonly string[] Fillers =
    [
        "这一变化正在重塑企业的技术路线和组织方式",
        "业界普遍认为相关投入将在未来三年持续增加",
        "多家机构的调研显示该方向已经进入规模化验证阶段",
        "监管部门和行业协会也在积极制定相应的规范与标准",
        "从长期来看这将推动整个产业链的分工和协作方式发生深刻变化",
        "不同规模的企业在投入节奏和落地路径上存在明显差异",
        "研究人员指出数据质量和工程能力同样是决定效果的关键因素",
        "越来越多的团队开始把评测体系和治理机制纳入整体规划",
    ];

    private readonly Random _random = new(seed);

    public IEnumerable<(string Name, string Text)> Documents(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return ($"report-{i:D5}.txt", Document(i));
        }
    }

    public string Document(int index)
    {
        var text = new StringBuilder();
        text.Append("行业研究报告 ").Append(index).Append('\n');
        text.Append("本报告分析").Append(Pick(ontology.Industries).Name).Append("与").Append(Pick(ontology.Industries).Name).Append("领域的大模型应用。\n");
        AppendProse(text, 3);
        var section = 0;
        text.Append(Numerals[section++]).Append("、现状分析\n");
        for (var sub = 1; sub <= 2; sub++)
        {
            text.Append(section).Append('.').Append(sub).Append(' ').Append(Pick(ontology.Industries).Name).Append("领域的应用现状\n");
            AppendProse(text, 5);
        }
        text.Append(Numerals[section++]).Append("、发展").Append(Pick(ontology.SectionCues.Trends.Where(IsChinese).ToList())).Append('\n');
        AppendItems(text, ontology.TrendThemes, mitigate: true);
        text.Append(Numerals[section++]).Append("、面临的主要").Append(Pick(ontology.SectionCues.Challenges.Where(IsChinese).ToList())).Append('\n');
        AppendItems(text, ontology.ChallengeThemes, mitigate: false);
        text.Append(Numerals[section++]).Append("、问题与挑战\n").Append("行业普遍遇到了几个问题。");
        var opening = ontology.Enumeration.Opening.First(IsChinese);
        var continuing = ontology.Enumeration.Continuing.Where(IsChinese).ToList();
        text.Append(opening).Append(',').Append(Pick(ontology.ChallengeThemes).Name).Append("在").Append(Pick(ontology.Industries).Name).Append("行业尤为突出。");
        for (var i = 0; i < 3; i++)
        {
            text.Append(Pick(continuing)).Append(',').Append(Pick(ontology.ChallengeThemes).Terms[0]).Append("方面的压力不断上升,").Append(Pick(Fillers)).Append('。');
        }
        text.Append("^[1]\n");
        text.Append(Numerals[section]).Append("、结语\n");
        AppendProse(text, 4);
        text.Append("\n参考文献\n1. ").Append(Pick(ontology.Technologies).Name).Append("研究综述 https://example.org/").Append(index).Append('\n');
        text.Append("2. ").Append(Pick(ontology.Industries).Name).Append("行业白皮书\n");
        return text.ToString();
    }

    private void AppendItems(StringBuilder text, IReadOnlyList<Theme> themes, bool mitigate)
    {
        var count = _random.Next(3, 6);
        for (var i = 1; i <= count; i++)
        {
            var theme = Pick(themes);
            text.Append(i).Append(". ").Append(theme.Name).Append(' ');
            text.Append("该方向与").Append(Pick(ontology.Technologies).Name).Append("密切相关,将影响").Append(Pick(ontology.Industries).Name)
                .Append("和").Append(Pick(ontology.Industries).Name).Append("等行业。");
            if (mitigate)
            {
                text.Append("它有望").Append(Pick(ontology.MitigationCues.Where(IsChinese).ToList())).Append(Pick(ontology.ChallengeThemes).Terms[0]).Append("带来的风险。");
            }
            text.Append(Pick(Fillers)).Append("。^[2]").Append(Pick(Fillers)).Append('。').Append(Pick(Fillers)).Append("。\n");
        }
    }

    // Plain prose, as most of a real report is: a few names in long sentences.
    private void AppendProse(StringBuilder text, int sentences)
    {
        for (var i = 0; i < sentences; i++)
        {
            text.Append(Pick(Fillers)).Append(',').Append(Pick(Fillers));
            text.Append(i % 2 == 0 ? $",在{Pick(ontology.Industries).Name}等场景中{Pick(ontology.Technologies).Name}的作用尤为突出。" : "。");
        }
        text.Append('\n');
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static bool IsChinese(string word) => word.Length > 0 && word[0] >= '\u4e00';
}
