namespace KnowledgeGraph.Tests.Support;

/// <summary>Paths into the repository, found from the test binary's folder upwards.</summary>
public static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed000 => Path.Combine(Seeds, "000_fe5daf6d9d2304cf.txt");

    public static string Seed001 => Path.Combine(Seeds, "001_ad7a1ca04cc7cccf.txt");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
