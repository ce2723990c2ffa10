using System.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Rendering.Output;

/// <summary>
/// A build killed while it writes (CI cancelled, machine shut down) leaves the previous output whole: the real
/// <c>protokoll</c> program is started on a corpus large enough to take a while to write, and killed with its whole
/// process tree as soon as its staging folder holds files.
/// </summary>
public sealed class KilledBuildTests
{
    [Fact]
    public void A_build_killed_while_writing_leaves_the_previous_output_whole_and_the_next_build_cleans_up()
    {
        using var content = TempContent.FromSample();
        using var site = BuiltSite.Of(content.Root);
        Assert.Equal(0, site.Run.ExitCode);
        var before = Snapshot(site.Output);
        AddLargeMeetings(content);
        var parent = Path.GetDirectoryName(site.Output)!;

        var staging = BuildAndKillWhileWriting(content.Root, site.Output, parent);

        Assert.True(Directory.Exists(staging), "the build was to be killed while its staging folder existed");
        Assert.NotEmpty(Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories));
        var after = Snapshot(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, pair => Assert.True(pair.Value.SequenceEqual(after[pair.Key]), $"{pair.Key} changed"));

        foreach (var meeting in Directory.EnumerateDirectories(content.PathOf("meetings"), "stor-*"))
        {
            Directory.Delete(meeting, recursive: true);
        }

        content.WriteItem("10-ny.md", "number: 10\ntitle: Ny punkt", meeting: "2022-09-15-styrgrupp");
        var next = CliRun.InProcess("build", content.Root, "-o", site.Output);

        Assert.Equal(0, next.ExitCode);
        Assert.True(site.Exists("2022-09-15-styrgrupp/utdrag/10.html"));
        Assert.Equal([Path.GetFileName(site.Output)], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName));
    }

    /// <summary>Meetings whose long titles are cheap to check but many megabytes to write, so writing takes a while.</summary>
    private static void AddLargeMeetings(TempContent content)
    {
        content.UsePerMeetingNumbering();
        var title = string.Concat(Enumerable.Repeat("Lång rubrik ", 5000));
        for (var m = 1; m <= 24; m++)
        {
            var meeting = $"stor-{m:00}";
            content.Write($"meetings/{meeting}/meeting.yml", $"date: 2022-10-{m:00}\n");
            for (var i = 1; i <= 10; i++)
            {
                content.WriteItem($"{i:00}.md", $"number: {i}\ntitle: {title}", meeting: meeting);
            }
        }
    }

    private static string BuildAndKillWhileWriting(string contentRoot, string output, string parent)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "protokoll.dll"), "build", contentRoot, "-o", output])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var printed = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var bound = Stopwatch.StartNew();
        while (!process.HasExited && bound.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (Directory.EnumerateDirectories(parent, $".{Path.GetFileName(output)}.staging-*").FirstOrDefault() is { } staging
                && Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Any())
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return staging;
            }

            Thread.Sleep(1);
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        Assert.Fail($"The build was not caught writing (exit {process.ExitCode}): {printed.Result}{errors.Result}");
        return "";
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);
}
