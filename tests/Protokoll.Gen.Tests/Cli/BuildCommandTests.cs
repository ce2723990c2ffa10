using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Cli;

/// <summary><c>protokoll build --watch</c> run as a process: each save rebuilds and reports, until Ctrl-C.</summary>
public sealed class BuildCommandTests
{
    private const string Item5 = "meetings/2022-09-15-styrgrupp/05-information-fran-kansliet.md";

    [Theory]
    [InlineData("file")]
    [InlineData("file/sub")]
    [InlineData("/dev/null")]
    public void An_output_folder_that_is_a_file_is_a_usage_error_before_any_work(string output)
    {
        using var content = TempContent.FromSample();
        var file = Path.Combine(Path.GetDirectoryName(content.Root)!, $"not-a-folder-{Guid.NewGuid():N}");
        File.WriteAllText(file, "x");
        try
        {
            var target = output.StartsWith('/') ? output : file + output["file".Length..];

            var run = CliRun.InProcess("build", content.Root, "-o", target);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("is a file, not a folder", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.Equal("", run.Output);
            Assert.Equal("x", File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [UnixFact]
    public void Build_watch_rebuilds_after_each_change_reports_findings_and_stops_cleanly_on_ctrl_c()
    {
        using var content = TempContent.FromSample();
        using var watch = RunningCli.Start(content.Directory, "build", "content", "-o", "out", "--watch");
        var minutes = Path.Combine(content.Directory, "out", "2022-09-15-styrgrupp", "protokoll.html");
        watch.WaitForOutput("Watching content for changes");
        Assert.Contains("Wrote 26 files for 2 meetings to out/.", watch.Output, StringComparison.Ordinal);
        var good = File.ReadAllText(content.PathOf(Item5));

        content.Write(Item5, good.Replace("hålls i november", "hålls i december", StringComparison.Ordinal));

        watch.WaitForOutput("Wrote 26 files", occurrence: 2);
        Assert.Contains("nästa nätverksträff hålls i december", File.ReadAllText(minutes), StringComparison.Ordinal);

        content.Write(Item5, good.Replace("number: 5", "number: fem", StringComparison.Ordinal));

        watch.WaitForError("nothing was written, the previous output is unchanged.");
        Assert.Contains($"content/{Item5}:2:9: error PG202", watch.Error, StringComparison.Ordinal);
        Assert.Contains("nästa nätverksträff hålls i december", File.ReadAllText(minutes), StringComparison.Ordinal);

        Assert.Equal(0, watch.Interrupt());
    }
}
