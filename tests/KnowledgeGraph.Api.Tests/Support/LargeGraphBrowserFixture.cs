namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>
/// The explorer over a graph of a few hundred concepts: 80 short reports the fixture writes, each with its
/// own four challenges and trends, all affecting a handful of industries (hubs, as in real corpora).
/// </summary>
public sealed class LargeGraphBrowserFixture : BrowserFixture
{
    private static readonly string[] Sectors = ["Banks", "Hospitals", "Schools", "Factories", "Retailers"];

    private readonly string _documents = Write();

    protected override string? Documents => _documents;

    private static string Write()
    {
        var folder = Directory.CreateTempSubdirectory("kg-large-graph-").FullName;
        for (var report = 0; report < 80; report++)
        {
            var sector = Sectors[report % Sectors.Length];
            File.WriteAllText(Path.Combine(folder, $"r{report:D3}.md"), $"""
                # Field report {report}

                ## Challenges

                ### Ledger drift {report}

                {sector} see ledger drift {report} in every audit.

                ### Queue starvation {report}

                {sector} lose hours to queue starvation {report}.

                ## Trends

                ### Edge batching {report}

                {sector} increasingly adopt edge batching {report}.

                ### Shadow tuning {report}

                {sector} will use shadow tuning {report} more and more.
                """);
        }
        return folder;
    }
}
