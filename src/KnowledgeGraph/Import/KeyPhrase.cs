namespace KnowledgeGraph.Import;

/// <summary>
/// Names a prose item by the clause that carries it: "首先,随着数据量…增长,大型语言模型的规模将持续扩大。"
/// is named "大型语言模型的规模将持续扩大".
/// </summary>
internal sealed class KeyPhrase(Ontology.Ontology ontology)
{
    private const int MaxLength = 40;
    private const string ClauseBreaks = ",。!?;:.";

    public string Of(string text, int start, int end)
    {
        var sentence = Sentences.In(text, new TextSpan(start, end)).FirstOrDefault();
        var value = Citations.Strip(sentence.Of(text)).TrimStart(',', ':', ' ');
        var opener = ontology.Enumeration.ClauseOpeners.FirstOrDefault(word => value.StartsWith(word, StringComparison.OrdinalIgnoreCase));
        var comma = value.IndexOf(',');
        if (opener is not null && comma > 0 && comma < value.Length - 2)
        {
            value = value[(comma + 1)..].TrimStart();
        }
        var clauseEnd = value.IndexOfAny(ClauseBreaks.ToCharArray());
        if (clauseEnd > 0)
        {
            value = value[..clauseEnd];
        }
        value = value.Trim();
        return value.Length <= MaxLength ? value : value[..MaxLength];
    }
}
