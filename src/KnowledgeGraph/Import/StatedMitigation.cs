using System.Text.RegularExpressions;

namespace KnowledgeGraph.Import;

/// <summary>
/// The phrasing that says outright what reduces what, "通过模型压缩降低推理成本": the means and the problem, as
/// written. (The English "X helps reduce Y" was tried: its subject is as often a clause or "this" as a
/// technology, and it made up more than it found on the development corpus.)
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

    [GeneratedRegex(@"通过(?<means>[^,。;:、]{2,12}?)(?:来|以|可以|能够|有效)?(?:降低|缓解|解决|减少|消除|减轻|避免|防止|应对|抑制|防范)(?<problem>[^,。;:]{2,30})")]
    private static partial Regex Chinese();
}
