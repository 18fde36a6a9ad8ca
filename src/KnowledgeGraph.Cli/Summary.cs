using KnowledgeGraph.Graph;
using KnowledgeGraph.Import;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Cli;

/// <summary>The import summary: documents, sections, nodes and relations per kind, warnings.</summary>
internal static class Summary
{
    public static async Task WriteAsync(TextWriter output, ImportReport report, GraphStats stats)
    {
        await output.WriteLineAsync($"Imported {report.Documents.Count} document(s), {report.Documents.Sum(document => document.SectionCount)} sections; " +
            $"the graph has {stats.NodeCount} nodes and {stats.RelationCount} relations.");
        await output.WriteLineAsync("Nodes:     " + string.Join("  ", Enum.GetValues<NodeKind>().Select(kind => $"{kind.ToUpperName()} {stats.ByKind.GetValueOrDefault(kind)}")));
        await output.WriteLineAsync("Relations: " + string.Join("  ", Enum.GetValues<RelationType>().Select(type => $"{type.ToUpperName()} {stats.ByRelation.GetValueOrDefault(type)}")));
        foreach (var warning in report.Warnings)
        {
            await output.WriteLineAsync($"warning: {warning}");
        }
    }
}
