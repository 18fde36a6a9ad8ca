using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import;

/// <summary>
/// The phrasings that name a remedy in running text: what reduces what ("通过模型压缩降低推理成本"), the means a
/// remedy uses ("通过X的方式"), an approach ("One approach to mitigating … involves X") and a solution
/// ("解决办法就是X"). Regular expressions, written by hand: no library reads these phrasings. (The English "X helps
/// reduce Y" was tried: its subject is as often a clause or "this" as a technology, and it made up more than it found
/// on the development corpus.)
/// </summary>
internal static partial class StatedMitigation
{
    // Words that stand for a means said before ("将其…"): nothing to name a node after.
    private static readonly string[] Pronouns = ["其", "这", "此", "它", "该"];

    /// <summary>The bounded patterns keep the work per sentence small (every quantifier has a limit).</summary>
    public static (string Means, string Problem)? In(string sentence)
    {
        if (!sentence.Contains("通过", StringComparison.Ordinal))
        {
            return null;
        }
        var match = Chinese().Match(sentence);
        if (!match.Success)
        {
            return null;
        }
        var means = match.Groups["means"].Value.Trim();
        return Pronouns.Any(means.Contains) ? null : (means, match.Groups["problem"].Value.Trim());
    }

    /// <summary>
    /// The means a remedy's prose names by its verb of use: "可以通过提示过滤的方式防御…" (提示过滤), "构造高质量的
    /// 数据集进行训练" (高质量的数据集), "对语言模型进行知识增强" (知识增强). Chinese only; each means is a
    /// short noun phrase, not a clause.
    /// </summary>
    public static IEnumerable<string> MeansIn(string sentence)
    {
        foreach (Match match in UsedMeans().Matches(sentence))
        {
            var means = Closing().Replace(Opening().Replace(match.Groups["means"].Value.Trim(), ""), "");
            if (means.Length is >= MinMeans and <= MaxMeans && !Pronouns.Any(means.Contains) && !GenericMeans.Contains(means)
                && (HeadingText.CountCjk(means) >= MinCjkMeans || !HeadingText.HasCjk(means)))
            {
                yield return means;
            }
        }
    }

    /// <summary>
    /// "One approach to mitigating such attacks involves training the model on them", "Another mechanism to defend
    /// LLMs … involves the use of a perplexity filter": the means an English sentence says an approach to a
    /// remedy consists of.
    /// </summary>
    public static string? ApproachIn(ReadOnlySpan<char> sentence)
    {
        if (!ApproachNouns.IsIn(sentence))
        {
            return null;
        }
        return ApproachIn(sentence.ToString());
    }

    private static readonly CueSet ApproachNouns = new(["approach", "mechanism", "method", "way ", "technique", "strateg", "solution", "defense", "defence"]);

    private static string? ApproachIn(string sentence)
    {
        var match = Approach().Match(sentence);
        if (!match.Success)
        {
            return null;
        }
        var means = match.Groups["means"].Value.Trim();
        var words = means.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= MaxApproachWords && !EnglishPronouns.Contains(words[0]) ? means : null;
    }

    /// <summary>
    /// "最好的解决方案当然是本地化", "一个直观的解决办法就是让模型减少见数据的次数", "The simplest fix is rate limiting":
    /// a sentence that says what the solution is names it after "是" / "is".
    /// </summary>
    public static string? SolutionIn(ReadOnlySpan<char> sentence)
    {
        // Most sentences say no such thing: a cheap look for the nouns first, then the patterns on a string.
        if (!SolutionNouns.IsIn(sentence))
        {
            return null;
        }
        return SolutionIn(sentence.ToString());
    }

    private static readonly CueSet SolutionNouns = new(["解决方", "解决办", "解决之", "解决思", "解决策", "应对方", "应对办", "应对之", "应对思", "应对策", "缓解方", "缓解办", "缓解之", "缓解思", "缓解策", "solution", "remedy", "fix ", "answer", "defense", "defence", "mitigation"]);

    private static string? SolutionIn(string sentence)
    {
        var match = ChineseSolution().Match(sentence);
        if (!match.Success)
        {
            match = EnglishSolution().Match(sentence);
        }
        if (!match.Success)
        {
            return null;
        }
        var means = match.Groups["means"].Value.Trim();
        return means.Length >= MinMeans && !Pronouns.Any(means.StartsWith) && !EnglishPronouns.Contains(means.Split(' ')[0]) ? means : null;
    }

    [GeneratedRegex(@"(?:解决|应对|缓解)(?:方案|办法|方法|方式|之道|思路|策略)(?:当然|就|也|其实|则|便)*是(?:让|使|要|去|通过)?(?<means>[^,。;:!?、]{2,16})")]
    private static partial Regex ChineseSolution();

    [GeneratedRegex(@"\b(?:solution|remedy|fix|answer|defen[cs]e|mitigation) (?:is|would be|here is) (?:to )?(?:use |using |the |an? )*(?<means>[\p{L}\d\- ]{3,60}?)(?=,| which | that | so |\.|;|$)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishSolution();

    private const int MaxApproachWords = 10;

    private static readonly HashSet<string> EnglishPronouns = new(["this", "it", "that", "these", "those", "them", "such"], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:approach|mechanism|method|way|technique|strategy|solution|defen[cs]e)s? (?:to|for|of) [^.;]{3,80}? (?:involves?|is|includes?|uses?|relies on|consists of) (?:(?:the use of|using|the|an?) )*(?<means>[\p{L}\d\- ]{3,80}?)(?=,| as | which | that | by | so |\.|;|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Approach();

    private const int MinMeans = 2;
    // "构造系统": a two-character word is a kind of thing, not a means named.
    private const int MinCjkMeans = 3;
    private const int MaxMeans = 12;

    // "这种方法", "一些方法": words that stand for a means, not name one.
    private static readonly HashSet<string> GenericMeans = ["方法", "手段", "方式", "技术", "措施", "一些方法", "多种方法", "各种方法"];

    [GeneratedRegex(@"(?:通过|采用|使用|利用|借助|引入|构造|构建|建立|部署)(?<means>[^,。;:、\s]{2,14}?)(?:的方式|的方法|的手段|的机制|来|以|进行|,|。|$)|(?<![可所加予足难得用])以(?<means>[^,。;:、\s]{2,10}?)的方式|对[^,。;:]{1,12}?进行(?<means>[^,。;:的\s]{2,8}?)(?:处理|,|。|$)")]
    private static partial Regex UsedMeans();

    // "结合模型和数据并行技术", "添加一些控制因素": the verb and quantity that open the means are not part of its name.
    [GeneratedRegex(@"^(?:(?:结合|加入|添加|使用|采用|或|和|一个|一种|一些|若干个?|多个|多种|更多的?|更好的)+)")]
    private static partial Regex Opening();

    // "安全检测手段": the word for a means that closes it is not part of its name.
    [GeneratedRegex(@"(?:的)?(?:手段|方法|方式|措施|机制)$")]
    private static partial Regex Closing();

    [GeneratedRegex(@"通过(?<means>[^,。;:、]{2,12}?)(?:来|以|可以|能够|有效)?(?:降低|缓解|解决|减少|消除|减轻|避免|防止|应对|抑制|防范)(?<problem>[^,。;:]{2,30})")]
    private static partial Regex Chinese();
}
