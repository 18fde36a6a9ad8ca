using System.Text;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Composes report-like documents from an ontology's vocabulary: numbered trends and challenges sections
/// with run-in titles, industry and technology names in the sentences, mitigation cues, a prose
/// enumeration, citations and a reference list. Deterministic for a given seed.
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
        var section = 0;
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
        text.Append("^[1]\n\n参考文献\n1. ").Append(Pick(ontology.Technologies).Name).Append("研究综述 https://example.org/").Append(index).Append('\n');
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
            text.Append(Pick(Fillers)).Append("。^[2]\n");
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static bool IsChinese(string word) => word.Length > 0 && word[0] >= '\u4e00';
}
