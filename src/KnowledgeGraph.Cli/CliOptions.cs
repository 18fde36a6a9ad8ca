using System.CommandLine;
using KnowledgeGraph.Import;

namespace KnowledgeGraph.Cli;

/// <summary>Arguments and options shared by the commands.</summary>
internal static class CliOptions
{
    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Log each document to stderr (default: warnings only)",
        Recursive = true,
    };

    public static Argument<string[]> Paths() => new("paths")
    {
        Description = $"Report files ({ReportFormats.Described}), or folders of them",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<FileInfo?> Ontology() => new("--ontology")
    {
        Description = "An ontology YAML file (default: the built-in LLM ontology)",
    };
}
