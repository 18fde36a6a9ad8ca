using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Benchmarks;
using KnowledgeGraph.Import;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Store.Embedded;

// Import throughput: a generated corpus into a fresh embedded store, whole runs timed with a stopwatch.
// (BenchmarkDotNet suits micro-benchmarks; this measures a whole import and the process's peak memory.)
// Usage: dotnet run -c Release --project benchmarks/KnowledgeGraph.Benchmarks -- [documents] [runs] [--import-only] [--files DIR] [--write DIR]
// --import-only times the importer (text to subgraph) without the store.
// --files DIR takes the corpus from the reports in DIR (e.g. seeds/), repeated under new names up to [documents],
// instead of generating it: real prose, for comparison with the denser generated reports. Any format the
// importer reads (PDF, Word, HTML too: benchmarks/formats.sh); MB/s is then of the files' bytes.
var filesAt = Array.IndexOf(args, "--files");
var folder = filesAt >= 0 && filesAt + 1 < args.Length ? args[filesAt + 1] : null;
var numbers = args.Where((arg, i) => !arg.StartsWith("--", StringComparison.Ordinal) && (filesAt < 0 || i != filesAt + 1)
    && (Array.IndexOf(args, "--write") is var write && (write < 0 || i != write + 1))).ToArray();
var documents = numbers.Length > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 1000;
var runs = numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 5;
var importOnly = args.Contains("--import-only");
var writeAt = Array.IndexOf(args, "--write");

var ontology = OntologyLoader.LoadDefault();
var importer = new DocumentImporter(ontology);
var corpus = folder is null
    ? [.. new CorpusGenerator(ontology).Documents(documents).Select(document => (document.Name, Content: Encoding.UTF8.GetBytes(document.Text)))]
    : Repeated(folder, documents);
var bytes = corpus.Sum(document => (long)document.Content.Length);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"corpus: {documents} documents{(folder is null ? " (generated)" : $" (from {folder})")}, {bytes / 1e6:F2} MB of files; {(importOnly ? "importer only" : "import into the embedded store")}"));

if (writeAt >= 0 && writeAt + 1 < args.Length)
{
    // --write DIR: the corpus as files, for the API's start-up import (benchmarks/scale.sh), and nothing else.
    Directory.CreateDirectory(args[writeAt + 1]);
    foreach (var (name, content) in corpus)
    {
        await File.WriteAllBytesAsync(Path.Combine(args[writeAt + 1], name), content);
    }
    Console.WriteLine($"wrote {corpus.Count} documents to {args[writeAt + 1]}");
    return;
}

var timings = new List<double>();
// Allocation, collections and collector pauses inside the timed runs (the forced collections between runs excluded).
var (allocated, gen0, gen1, gen2, paused) = (0L, 0, 0, 0, TimeSpan.Zero);
// Two warm-up runs: the JIT's tiered, profile-guided code settles by the third pass over the corpus.
const int WarmUps = 2;
for (var run = 1 - WarmUps; run <= runs; run++)
{
    using var store = new EmbeddedGraphStore();
    // Each run starts as an import into a fresh process would: the previous run's store is collected and the
    // heap compacted outside the timing (as BenchmarkDotNet does between iterations), not by this run's
    // collections. (From about the tenth run the runtime returns the heap's memory and later runs fault it
    // back in, a third slower: docs/benchmarks.md. Five timed runs stay before that.)
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    GC.WaitForPendingFinalizers();
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    var before = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
    var stopwatch = Stopwatch.StartNew();
    foreach (var (name, content) in corpus)
    {
        var graph = importer.Import(name, content);
        if (!importOnly)
        {
            await store.UpsertDocumentAsync(graph, CancellationToken.None);
        }
    }
    stopwatch.Stop();
    if (run > 0)
    {
        allocated += GC.GetTotalAllocatedBytes() - before.Item1;
        (gen0, gen1, gen2) = (gen0 + GC.CollectionCount(0) - before.Item2, gen1 + GC.CollectionCount(1) - before.Item3, gen2 + GC.CollectionCount(2) - before.Item4);
        paused += GC.GetTotalPauseDuration() - before.Item5;
    }
    var stats = await store.StatsAsync(CancellationToken.None);
    if (run > 0)
    {
        timings.Add(stopwatch.Elapsed.TotalSeconds);
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"run {run}{(run <= 0 ? " (warm-up)" : "")}: {stopwatch.Elapsed.TotalSeconds:F3} s (collector {(GC.GetTotalPauseDuration() - before.Item5).TotalSeconds:F3} s), {stats.NodeCount} nodes, {stats.RelationCount} relations"));
    if (run == 0 && importOnly)
    {
        var relations = corpus.Sum(document => importer.Import(document.Name, document.Content).Relations.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"density: {relations / (bytes / 1e3):F1} relations per KB"));
    }
}

var median = timings.Order().ElementAt(timings.Count / 2);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"per timed run: {allocated / 1e6 / runs:F0} MB allocated; collections gen0 {(double)gen0 / runs:F1}, gen1 {(double)gen1 / runs:F1}, gen2 {(double)gen2 / runs:F1}; collector pauses {paused.TotalSeconds / runs:F3} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"median of {runs}: {median:F3} s = {documents / median:F0} documents/s, {bytes / 1e6 / median:F1} MB/s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB"));

// The reports of a folder, repeated under numbered names so that each copy is its own document.
static List<(string Name, byte[] Content)> Repeated(string folder, int count)
{
    var reports = DocumentReader.Expand([folder]).Files.Order(StringComparer.Ordinal)
        .Select(path => (Name: Path.GetFileName(path), Content: File.ReadAllBytes(path))).ToList();
    return [.. Enumerable.Range(0, count).Select(i => ($"{i:D5}-{reports[i % reports.Count].Name}", reports[i % reports.Count].Content))];
}
