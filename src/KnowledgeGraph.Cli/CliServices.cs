using KnowledgeGraph.Ontology;
using KnowledgeGraph.Store.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Events;

namespace KnowledgeGraph.Cli;

/// <summary>The CLI's container: the core services, with Serilog writing to stderr so stdout stays the command's output.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(FileInfo? ontology, bool verbose)
    {
        if (ontology is not null)
        {
            // Fail here, with the file's name, rather than deep inside the first import.
            OntologyLoader.Load(ontology.FullName);
        }
        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(verbose ? LogEventLevel.Information : LogEventLevel.Warning)
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
        // The same settings as the API, from the environment: KnowledgeGraph__Store=Neo4j, KnowledgeGraph__Neo4j__Uri=…
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        return new ServiceCollection()
            .AddLogging(logging => logging.AddSerilog(logger, dispose: true))
            .AddKnowledgeGraph()
            .Configure<KnowledgeGraphOptions>(configuration.GetSection(KnowledgeGraphOptions.Section))
            .Configure<Neo4jOptions>(configuration.GetSection(Neo4jOptions.Section))
            .PostConfigure<KnowledgeGraphOptions>(options => options.Ontology = ontology?.FullName ?? options.Ontology)
            .BuildServiceProvider();
    }
}
