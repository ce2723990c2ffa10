namespace Protokoll.Gen.Tests.Support;

/// <summary>Where the repository's own folders are, found from the test assembly's location.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleContent => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>
    /// The document the product grew from (item 8 of a steering group's minutes, 2022-09-15), kept inside the
    /// repository so the tests pass in a fresh clone with nothing beside it.
    /// </summary>
    public static string Seed => Path.Combine(Root, "tests", "Protokoll.Gen.Tests", "Fixtures", "seed-styrgrupp-2022-09-15-item-8.txt");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Protokoll.Gen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Protokoll.Gen.sln not found above the test assembly.");
    }
}
