using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// The corpus scorer's matching rules (<c>score.py</c>): names compared after NFKC, lower case and dropping
/// punctuation; similar when one contains the other or their character-bigram Dice is at least 0.5.
/// </summary>
public static class NameMatching
{
    private const double MinDice = 0.5;

    /// <summary>NFKC, lower case, and only letters and numbers (Python's <c>[\s\W_]+</c> removed).</summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var builder = new StringBuilder(value.Length);
        foreach (var rune in value.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber)
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }
        return builder.ToString();
    }

    public static bool Similar(string? a, string? b)
    {
        var left = Normalize(a);
        var right = Normalize(b);
        if (left.Length == 0 || right.Length == 0)
        {
            return false;
        }
        if (left.Length >= 2 && right.Length >= 2 && (left.Contains(right, StringComparison.Ordinal) || right.Contains(left, StringComparison.Ordinal)))
        {
            return true;
        }
        var leftPairs = Bigrams(left);
        var rightPairs = Bigrams(right);
        return 2.0 * leftPairs.Intersect(rightPairs).Count() / (leftPairs.Count + rightPairs.Count) >= MinDice;
    }

    private static HashSet<string> Bigrams(string normalized)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < normalized.Length; i++)
        {
            pairs.Add(normalized.Substring(i, 2));
        }
        if (pairs.Count == 0)
        {
            pairs.Add(normalized);
        }
        return pairs;
    }
}
