using System.Diagnostics;
using System.Globalization;
using System.Text;
using Protokoll.Gen.Pdf.Tests;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Cli.Tests.Pdf;

/// <summary>
/// A build killed while it prints must take its browser with it and leave the previous output whole. The build runs
/// as a separate process with its own TMPDIR, so every browser process of that build (the profile lives in a
/// temporary folder) names that folder on its command line, and no other process does.
/// </summary>
public sealed class PdfInterruptionTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Killing_the_build_while_it_prints_leaves_no_browser_and_the_previous_output_intact()
    {
        var (before, after, leftOver, _, _) = await InterruptWhilePrinting(process => process.Kill());

        Assert.Empty(leftOver);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Ctrl_C_during_printing_ends_the_browser_removes_its_profile_and_the_staging_folder()
    {
        var (before, after, leftOver, temporary, stagingLeft) = await InterruptWhilePrinting(process =>
        {
            using var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        });

        Assert.Empty(leftOver);
        Assert.Equal(before, after);
        Assert.Empty(temporary);
        Assert.False(stagingLeft);
    }

    private static async Task<(IReadOnlyDictionary<string, string> Before, IReadOnlyDictionary<string, string> After, IReadOnlyList<string> LeftOver, IReadOnlyList<string> Temporary, bool StagingLeft)>
        InterruptWhilePrinting(Action<Process> interrupt)
    {
        using var content = TempContent.FromSample();
        AddMeetings(content, meetings: 12, itemsPerMeeting: 10);
        var output = Path.Combine(content.Directory, "out");
        var first = CliRun.InProcess("build", content.Root, "-o", output);
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        var before = PdfBrowserTests.Snapshot(output);
        var temporary = Directory.CreateDirectory(Path.Combine(content.Directory, "tmp")).FullName;

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = content.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "protokoll.dll"), "build", content.Root, "-o", output, "--pdf" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TMPDIR"] = temporary;
        start.Environment["CI"] = "true";
        using var build = Process.Start(start)!;
        var printing = new TaskCompletionSource();
        var log = new StringBuilder();
        build.OutputDataReceived += (_, line) =>
        {
            lock (log)
            {
                log.AppendLine(line.Data);
            }

            if (line.Data?.StartsWith("PDF ", StringComparison.Ordinal) == true)
            {
                printing.TrySetResult();
            }
        };
        build.ErrorDataReceived += (_, line) =>
        {
            lock (log)
            {
                log.AppendLine(line.Data);
            }
        };
        build.BeginOutputReadLine();
        build.BeginErrorReadLine();

        IReadOnlyDictionary<int, string> browser = new Dictionary<int, string>();
        try
        {
            // The first progress line means documents are being printed right now; the browser must be visible then.
            await printing.Task.WaitAsync(Bound);
            browser = BrowserProcesses.Tree(temporary);
            Assert.NotEmpty(browser);
            Assert.False(build.HasExited, "the build finished before it could be interrupted; make the corpus bigger");

            interrupt(build);
            Assert.True(build.WaitForExit(Bound), "the build did not end after it was interrupted");

            var leftOver = BrowserProcesses.StillRunning(browser);
            var deadline = Stopwatch.StartNew();
            while (leftOver.Count > 0 && deadline.Elapsed < Bound)
            {
                await Task.Delay(200);
                leftOver = BrowserProcesses.StillRunning(browser);
            }

            var staging = Directory.EnumerateDirectories(content.Directory, ".out.staging-*").Any();
            return (before, PdfBrowserTests.Snapshot(output), leftOver, Directory.EnumerateFileSystemEntries(temporary).ToList(), staging);
        }
        finally
        {
            // Only if the assertions above failed: never leave this test's processes behind for the next test.
            if (!build.HasExited)
            {
                build.Kill(entireProcessTree: true);
            }

            foreach (var pid in BrowserProcesses.StillRunning(browser).Select(line => int.Parse(line[..line.IndexOf(':', StringComparison.Ordinal)], CultureInfo.InvariantCulture)))
            {
                try
                {
                    using var process = Process.GetProcessById(pid);
                    process.Kill();
                }
                catch (ArgumentException)
                {
                    // Already gone.
                }
            }
        }
    }

    /// <summary>A year of extra meetings with long information items, so printing takes long enough to interrupt.</summary>
    private static void AddMeetings(TempContent content, int meetings, int itemsPerMeeting)
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Arbetsgruppen redogjorde för läget i processen, för finansieringen och för nästa steg i arbetsplanen.", 12));
        var body = "### Bakgrund\n\n" + string.Join("\n\n", Enumerable.Repeat(paragraph, 8)) + "\n";
        var number = 1;
        for (var m = 1; m <= meetings; m++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"2023-{m:00}-10-styrgrupp");
            content.Write($"meetings/{id}/meeting.yml", string.Create(CultureInfo.InvariantCulture, $"date: 2023-{m:00}-10\n"));
            for (var i = 0; i < itemsPerMeeting; i++, number++)
            {
                content.WriteItem(string.Create(CultureInfo.InvariantCulture, $"{number:000}-information.md"), string.Create(CultureInfo.InvariantCulture, $"number: {number}\ntitle: Information {number}\ntype: information"), body, id);
            }
        }
    }
}
