using System.Globalization;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Pdf;
using Protokoll.Gen.Rendering;
using Protokoll.Gen.Rendering.Output;

namespace Protokoll.Gen.Cli.Pdf;

/// <summary>
/// The build's PDF step, run on the staged files before the swap so the PDFs are part of the atomic build: every
/// page with a <see cref="DocumentInfo"/> except the index is printed beside its HTML by one browser. A page that
/// fails is an error finding (no swap, the previous output stays); a request the page was refused is a warning.
/// It lives in the CLI so the core library never loads the browser driver.
/// </summary>
internal sealed class PdfBuildStep(bool requested, string? chromiumPath, string outputFolder, TextWriter progressWriter)
{
    public const string SourceDateEpoch = "SOURCE_DATE_EPOCH";

    private static readonly string[] NotPrinted = ["index.html"];

    /// <summary>Set when the step could not start for a reason the caller must fix (no browser, a bad SOURCE_DATE_EPOCH): exit 2.</summary>
    public string? UsageProblem { get; private set; }

    /// <summary>How many PDFs were written into the staging folder.</summary>
    public int Printed { get; private set; }

    /// <summary>Checks what can be checked before any work is done, so `--pdf` without a browser fails at once.</summary>
    public bool CanStart()
    {
        if (!requested)
        {
            return true;
        }

        UsageProblem = FindBrowser(out _) ?? ReadSourceDate(out _);
        return UsageProblem is null;
    }

    /// <summary>
    /// A separate method does the printing so that a build without PDFs never compiles code that touches the
    /// browser driver, and never pays for loading it.
    /// </summary>
    public Task<bool> RunAsync(BuildStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        return requested || step.Settings.Pdf ? PrintAsync(step, cancellationToken) : Task.FromResult(true);
    }

    private async Task<bool> PrintAsync(BuildStep step, CancellationToken cancellationToken)
    {
        DateTimeOffset? sourceDate = null;
        UsageProblem = FindBrowser(out var browser);
        UsageProblem ??= ReadSourceDate(out sourceDate);
        if (UsageProblem is not null)
        {
            return false;
        }

        var pages = step.Files.Where(f => f.Document is not null && !NotPrinted.Contains(f.RelativePath, StringComparer.Ordinal)).ToList();
        var jobs = pages.Select(page => Job(step.Staging.Root, page, sourceDate)).ToList();
        if (jobs.Count == 0)
        {
            return true;
        }

        PdfPrinter printer;
        try
        {
            printer = await PdfPrinter.LaunchAsync(new PdfPrinterOptions(browser!, step.Staging.Root), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            step.Findings.Add(Finding.Error(FindingCodes.PdfFailed,
                $"The browser at '{browser}' did not start ({e.Message}); no PDF was printed. Check that it runs (`{browser} --version`), or name another with --chromium.",
                SourceLocation.StartOf(outputFolder)));
            return false;
        }

        IReadOnlyList<PdfPrintResult> results;
        await using (printer)
        {
            var progress = new PdfProgressDisplay(progressWriter, PdfProgressDisplay.IsTerminal(progressWriter), step.Staging.Root);
            results = await printer.PrintAllAsync(jobs, progress, cancellationToken);
        }

        for (var i = 0; i < results.Count; i++)
        {
            var page = SourceLocation.StartOf(Path.Combine(outputFolder, pages[i].RelativePath));
            foreach (var url in results[i].BlockedRequests)
            {
                step.Findings.Add(Finding.Warning(FindingCodes.PdfRequestBlocked,
                    $"The page asked for {url}, which is outside the output folder; the request was blocked and the PDF printed without it. Remove the reference from the template or item.",
                    page));
            }

            if (results[i].ErrorMessage is { } error)
            {
                step.Findings.Add(Finding.Error(FindingCodes.PdfFailed, error, page));
            }
        }

        Printed = results.Count(r => r.Succeeded);
        return results.All(r => r.Succeeded);
    }

    private string? FindBrowser(out string? path)
    {
        var location = new ChromiumLocator().Locate(chromiumPath);
        path = location.Path;
        return location.Found ? null : $"{location.ErrorMessage} No PDF can be printed without it; nothing was written.";
    }

    /// <summary>
    /// Reproducible-builds convention: SOURCE_DATE_EPOCH, when set, is the date of every document; otherwise each
    /// PDF is dated by its meeting. Either way the wall clock never enters a PDF.
    /// </summary>
    private static string? ReadSourceDate(out DateTimeOffset? date)
    {
        date = null;
        var value = Environment.GetEnvironmentVariable(SourceDateEpoch);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            date = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return null;
        }

        return $"{SourceDateEpoch} is '{value}', not a number of seconds since 1970-01-01; set it to a whole number (such as `git log -1 --format=%ct`) or unset it.";
    }

    private static PdfDocumentJob Job(string root, WrittenFile page, DateTimeOffset? sourceDate)
    {
        var info = page.Document!;
        var html = Path.Combine(root, page.RelativePath);
        return new PdfDocumentJob(
            html,
            Path.ChangeExtension(html, ".pdf"),
            info.Title,
            info.Author,
            info.Subject,
            info.Language,
            info.Header,
            sourceDate ?? new DateTimeOffset(info.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
    }
}
