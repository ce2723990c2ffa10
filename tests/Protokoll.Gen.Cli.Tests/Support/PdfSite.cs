using Protokoll.Gen.Tests.Support;
using UglyToad.PdfPig;

namespace Protokoll.Gen.Cli.Tests.Support;

/// <summary>A <c>protokoll build --pdf</c> of a content folder into a temporary output folder.</summary>
public sealed class PdfSite : IDisposable
{
    private PdfSite(string output, CliRun run)
    {
        Output = output;
        Run = run;
    }

    public string Output { get; }

    public CliRun Run { get; }

    /// <summary>Builds in this process: the quick way, for tests that read the result.</summary>
    public static PdfSite Build(string contentRoot, params string[] extraArgs)
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("protokoll-pdf-out-").FullName, "out");
        return new PdfSite(output, CliRun.InProcess(["build", contentRoot, "-o", output, "--pdf", .. extraArgs]));
    }

    /// <summary>Builds as a separate process, for tests that set environment variables such as SOURCE_DATE_EPOCH.</summary>
    public static PdfSite BuildAsProcess(string contentRoot, IReadOnlyDictionary<string, string> environment)
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("protokoll-pdf-out-").FullName, "out");
        return new PdfSite(output, CliRun.AsProcess(Path.GetDirectoryName(output)!, TimeSpan.FromMinutes(3), environment, "build", contentRoot, "-o", output, "--pdf"));
    }

    public string PathOf(string relative) => Path.Combine(Output, relative);

    public PdfDocument Open(string relative) => PdfDocument.Open(PathOf(relative));

    /// <summary>Every file of the output with the given extension, relative with forward slashes, in ordinal order.</summary>
    public IReadOnlyList<string> Files(string extension) =>
        Directory.EnumerateFiles(Output, "*" + extension, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToArray();

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
