using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Protokoll.Gen.Pdf.Tests;

public sealed class PrintAllTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Results_come_back_in_job_order_with_progress_for_each()
    {
        using var folder = new TempFolder();
        var html = folder.AddFixture("minutes.html");
        var jobs = Enumerable.Range(1, 5)
            .Select(n => TestEnvironment.Job(html, folder.File($"m{n}.pdf"), n % 2 == 0 ? "en-GB" : "sv-SE"))
            .Append(TestEnvironment.Job(folder.File("missing.html"), folder.File("missing.pdf")))
            .ToList();
        var progress = new RecordingProgress();

        var clock = Stopwatch.StartNew();
        await using var printer = await PdfPrinter.LaunchAsync(TestEnvironment.Options(folder.Path) with { MaxParallel = 2 });
        var launched = clock.Elapsed;
        var results = await printer.PrintAllAsync(jobs, progress);
        var total = clock.Elapsed;

        Assert.Equal(jobs, results.Select(result => result.Job));
        Assert.All(results.Take(5), result => Assert.True(result.Succeeded, result.ErrorMessage));
        Assert.All(jobs.Take(5), job => Assert.True(File.Exists(job.PdfPath)));
        Assert.False(results[^1].Succeeded);
        Assert.Contains("missing.html", results[^1].ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(jobs.Count, progress.Reports.Count);
        Assert.Equal(Enumerable.Range(1, jobs.Count), progress.Reports.Select(report => report.Completed).Order());
        Assert.All(progress.Reports, report => Assert.Equal(jobs.Count, report.Total));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"launch {launched.TotalMilliseconds:0} ms, 5 PDFs with MaxParallel 2 in {(total - launched).TotalMilliseconds:0} ms"));
    }

    [Fact]
    public async Task Unsupported_language_fails_the_job_only()
    {
        using var folder = new TempFolder();
        var html = folder.AddFixture("minutes.html");
        await using var printer = await PdfPrinter.LaunchAsync(TestEnvironment.Options(folder.Path));

        var result = await printer.PrintAsync(TestEnvironment.Job(html, folder.File("m.pdf"), "de-DE"));

        Assert.False(result.Succeeded);
        Assert.Contains("de-DE", result.ErrorMessage, StringComparison.Ordinal);
    }

    private sealed class RecordingProgress : IProgress<PdfProgress>
    {
        public ConcurrentQueue<PdfProgress> Reports { get; } = new();

        public void Report(PdfProgress value) => Reports.Enqueue(value);
    }
}
