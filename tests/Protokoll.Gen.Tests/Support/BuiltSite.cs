namespace Protokoll.Gen.Tests.Support;

/// <summary>A build of a content folder into a temporary output folder, with its files read back as text.</summary>
public sealed class BuiltSite : IDisposable
{
    private BuiltSite(string output, CliRun run)
    {
        Output = output;
        Run = run;
    }

    public string Output { get; }

    public CliRun Run { get; }

    public static BuiltSite Of(string contentRoot, params string[] extraArgs)
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("protokoll-out-").FullName, "out");
        var run = CliRun.InProcess(["build", contentRoot, "-o", output, .. extraArgs]);
        return new BuiltSite(output, run);
    }

    public string Text(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public bool Exists(string relative) => File.Exists(Path.Combine(Output, relative));

    /// <summary>Every file of the output, relative path with forward slashes, in ordinal order.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.Exists(Output)
            ? Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Output)!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
