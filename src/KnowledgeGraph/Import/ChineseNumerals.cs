namespace KnowledgeGraph.Import;

/// <summary>一 … 九十九, as heading numbers use them.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static int Parse(string numeral)
    {
        var ten = numeral.IndexOf('十');
        if (ten < 0)
        {
            return numeral.Length == 1 ? Digits.IndexOf(numeral[0]) : 0;
        }
        var tens = ten == 0 ? 1 : Digits.IndexOf(numeral[0]);
        var units = ten == numeral.Length - 1 ? 0 : Digits.IndexOf(numeral[^1]);
        return tens * 10 + units;
    }
}
