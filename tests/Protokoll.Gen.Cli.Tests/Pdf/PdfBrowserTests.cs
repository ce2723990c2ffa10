using Protokoll.Gen.Cli.Tests.Support;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Cli.Tests.Pdf;

public sealed class PdfBrowserTests
{
    [Fact]
    public void Without_a_browser_the_build_says_how_to_install_one_exits_2_and_writes_nothing()
    {
        using var site = PdfSite.Build(RepositoryPaths.SampleContent, "--chromium", "/nonexistent/chromium");

        Assert.Equal(2, site.Run.ExitCode);
        Assert.Contains("'/nonexistent/chromium'", site.Run.Error, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", site.Run.Error, StringComparison.Ordinal);
        Assert.Single(site.Run.Error.Trim().Split('\n'));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Pdf_true_in_protokoll_yml_prints_and_a_missing_browser_then_leaves_the_previous_output_as_it_was()
    {
        using var content = TempContent.FromSample();
        var output = Path.Combine(content.Directory, "out");
        Assert.Equal(0, CliRun.InProcess("build", content.Root, "-o", output).ExitCode);
        var before = Snapshot(output);
        File.AppendAllText(content.PathOf("protokoll.yml"), "pdf: true\n");

        var run = CliRun.AsProcess(content.Directory, TimeSpan.FromMinutes(2), new Dictionary<string, string> { ["PROTOKOLL_CHROMIUM"] = "/nonexistent/chromium" }, "build", content.Root, "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PROTOKOLL_CHROMIUM is set to '/nonexistent/chromium'", run.Error, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(output));

        var printed = CliRun.InProcess("build", content.Root, "-o", output);
        Assert.True(printed.ExitCode == 0, printed.Output + printed.Error);
        Assert.True(File.Exists(Path.Combine(output, "2022-09-15-styrgrupp", "protokoll.pdf")));
    }

    [Fact]
    public void A_browser_that_does_not_start_is_PG802_and_the_previous_output_stays()
    {
        using var content = TempContent.FromSample();
        var output = Path.Combine(content.Directory, "out");
        Assert.Equal(0, CliRun.InProcess("build", content.Root, "-o", output).ExitCode);
        var before = Snapshot(output);

        var run = CliRun.InProcess("build", content.Root, "-o", output, "--pdf", "--chromium", "/bin/false");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PG802", run.Error, StringComparison.Ordinal);
        Assert.Contains("the previous output is unchanged", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(output));
        Assert.Empty(Directory.EnumerateDirectories(content.Directory, ".out.staging-*"));
    }

    /// <summary>Every file of a folder with its bytes, to show that a failed build changed nothing.</summary>
    internal static IReadOnlyDictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(File.ReadAllBytes(f)));
}
