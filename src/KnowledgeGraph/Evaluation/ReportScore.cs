namespace KnowledgeGraph.Evaluation;

/// <summary>Hits out of a total, as the scorer sums them: a ratio of an empty total is 1.</summary>
public readonly record struct Count(int Hits, int Total)
{
    public double Ratio => Total == 0 ? 1.0 : (double)Hits / Total;

    public static Count operator +(Count left, Count right) => new(left.Hits + right.Hits, left.Total + right.Total);

    public override string ToString() => $"{Hits}/{Total}";
}

/// <summary>One report's figures and what was missed or made up.</summary>
public sealed record ReportScore(
    Count Concepts, Count ConceptPrecision, Count Relations, Count RelationPrecision,
    Count References, Count ReferencePrecision, Count Citations,
    IReadOnlyList<string> MissedConcepts, IReadOnlyList<string> MadeUpConcepts,
    IReadOnlyList<string> MissedRelations, IReadOnlyList<string> MadeUpRelations)
{
    public static ReportScore Empty { get; } = new(default, default, default, default, default, default, default, [], [], [], []);

    public static ReportScore operator +(ReportScore left, ReportScore right) => new(
        left.Concepts + right.Concepts, left.ConceptPrecision + right.ConceptPrecision, left.Relations + right.Relations,
        left.RelationPrecision + right.RelationPrecision, left.References + right.References,
        left.ReferencePrecision + right.ReferencePrecision, left.Citations + right.Citations, [], [], [], []);

    /// <summary>The scorer's per-report line: "concepts 12/14  concept_precision 9/11  …".</summary>
    public string Line() =>
        $"concepts {Concepts}  concept_precision {ConceptPrecision}  relations {Relations}  relation_precision {RelationPrecision}  " +
        $"references {References}  reference_precision {ReferencePrecision}  citations {Citations}";

    /// <summary>The scorer's totals line: "12 reports: concepts R 0.62 P 0.73 F1 0.67 | …".</summary>
    public string Summary(int reports) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{reports} reports: concepts R {Concepts.Ratio:F2} P {ConceptPrecision.Ratio:F2} F1 {F1(ConceptPrecision.Ratio, Concepts.Ratio):F2} | " +
        $"relations R {Relations.Ratio:F2} P {RelationPrecision.Ratio:F2} F1 {F1(RelationPrecision.Ratio, Relations.Ratio):F2} | " +
        $"references R {References.Ratio:F2} P {ReferencePrecision.Ratio:F2} | citations R {Citations.Ratio:F2}");

    private static double F1(double precision, double recall) => precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
}
