using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Protokoll.Gen.Pdf;

/// <summary>
/// Prints HTML files to PDF with one headless Chromium, reused across documents because starting it costs more
/// than printing a page. Dispose it to end the browser; a crashed host takes the browser down too, because the
/// browser is driven over a pipe that closes with the host process.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private static readonly TimeSpan GracefulCloseTimeout = TimeSpan.FromSeconds(5);

    private readonly IBrowser browser;
    private readonly Process? browserProcess;
    private readonly PdfPrinterOptions options;
    private readonly RequestPolicy policy;
    private readonly SemaphoreSlim gate;
    private readonly string workDirectory;
    private int disposed;

    private PdfPrinter(IBrowser browser, PdfPrinterOptions options, string workDirectory, string userDataDirectory)
    {
        this.browser = browser;
        this.options = options;
        this.workDirectory = workDirectory;
        UserDataDirectory = userDataDirectory;
        browserProcess = browser.Process;
        policy = new RequestPolicy(options.AllowedRoot);
        gate = new SemaphoreSlim(options.MaxParallel, options.MaxParallel);
    }

    /// <summary>The browser profile of this printer only; it appears on the command line of its browser processes.</summary>
    public string UserDataDirectory { get; }

    private static void KillThoseUsing(string profile)
    {
        // Leftovers are found through /proc; elsewhere the pipe's closing ends the browser.
        if (OperatingSystem.IsLinux())
        {
            ChromiumProcesses.KillThoseUsing(profile);
        }
    }

    /// <summary>How long a browser may take to start and answer on its pipe.</summary>
    public static readonly TimeSpan LaunchTimeout = TimeSpan.FromSeconds(30);

    public static async Task<PdfPrinter> LaunchAsync(PdfPrinterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxParallel, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.PerDocumentTimeout, TimeSpan.Zero, nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.AllowedRoot, nameof(options));
        if (!File.Exists(options.ChromiumPath))
        {
            throw new FileNotFoundException($"Chromium was not found at '{options.ChromiumPath}'. Use ChromiumLocator to find an installed browser.", options.ChromiumPath);
        }

        cancellationToken.ThrowIfCancellationRequested();

        // A private HOME and profile keep the browser from reading or writing the user's own Chrome state.
        var workDirectory = Directory.CreateTempSubdirectory("protokoll-pdf-").FullName;
        var home = Directory.CreateDirectory(Path.Combine(workDirectory, "home")).FullName;
        var profile = Directory.CreateDirectory(Path.Combine(workDirectory, "profile")).FullName;

        IBrowser browser;
        try
        {
            // Over a pipe, a program that exits at once (not a browser, or one that cannot start) leaves the launch
            // waiting for a browser that never answers: bound it, so a wrong --chromium is a finding, not a hang.
            browser = await Puppeteer.LaunchAsync(LaunchOptionsFor(options.ChromiumPath, home, profile)).WaitAsync(LaunchTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            KillThoseUsing(profile);
            DeleteDirectory(workDirectory);
            throw new InvalidOperationException(
                $"'{options.ChromiumPath}' did not start as a headless browser within {LaunchTimeout.TotalSeconds:0} s. Check that it is Chromium or Chrome (on Debian: /usr/lib/chromium/chromium).");
        }
        catch
        {
            KillThoseUsing(profile);
            DeleteDirectory(workDirectory);
            throw;
        }

        var printer = new PdfPrinter(browser, options, workDirectory, profile);

        // Launching is short and cannot be interrupted midway, so cancellation is honoured once it is done,
        // and the fresh browser is ended rather than leaked.
        if (cancellationToken.IsCancellationRequested)
        {
            await printer.DisposeAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }

        return printer;
    }

    /// <summary>
    /// Prints one document. Failures, including exceeding <see cref="PdfPrinterOptions.PerDocumentTimeout"/>, come
    /// back as a result with a message; only cancellation through <paramref name="cancellationToken"/> throws.
    /// </summary>
    public async Task<PdfPrintResult> PrintAsync(PdfDocumentJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);

        var blocked = new ConcurrentQueue<string>();
        await gate.WaitAsync(cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var error = await PrintWithinTimeLimitAsync(job, blocked, cancellationToken);
            return new PdfPrintResult(job, error, blocked.Distinct(StringComparer.Ordinal).ToList(), stopwatch.Elapsed);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Prints in parallel, at most <see cref="PdfPrinterOptions.MaxParallel"/> at a time; results are in job order.</summary>
    public async Task<IReadOnlyList<PdfPrintResult>> PrintAllAsync(
        IReadOnlyList<PdfDocumentJob> jobs,
        IProgress<PdfProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);

        var results = new PdfPrintResult[jobs.Count];
        var completed = 0;
        await Task.WhenAll(jobs.Select(async (job, index) =>
        {
            var result = await PrintAsync(job, cancellationToken);
            results[index] = result;
            progress?.Report(new PdfProgress(Interlocked.Increment(ref completed), jobs.Count, result));
        }));
        return results;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await browser.DisposeAsync().AsTask().WaitAsync(GracefulCloseTimeout);
        }
        catch (Exception e) when (e is TimeoutException or PuppeteerException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // A wedged or already-dead browser is dealt with below by killing what is left.
        }

        KillLeftovers();
        gate.Dispose();
        DeleteDirectory(workDirectory);
    }

    private async Task<string?> PrintWithinTimeLimitAsync(PdfDocumentJob job, ConcurrentQueue<string> blocked, CancellationToken cancellationToken)
    {
        if (!PageTemplates.IsSupported(job.Language))
        {
            return $"Unsupported language '{job.Language}' for '{job.HtmlPath}': expected sv-SE or en-GB.";
        }

        if (!File.Exists(job.HtmlPath))
        {
            return $"The HTML file '{job.HtmlPath}' does not exist.";
        }

        using var timeout = new CancellationTokenSource(options.PerDocumentTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await PrintCoreAsync(job, blocked, linked.Token);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"Printing '{job.HtmlPath}' took longer than the limit of {options.PerDocumentTimeout.TotalSeconds:0.###} s and was abandoned; no PDF was written.");
        }
        catch (Exception e) when (e is PuppeteerException or IOException or UnauthorizedAccessException or InvalidDataException or TimeoutException)
        {
            return $"Printing '{job.HtmlPath}' failed: {e.Message}";
        }
    }

    private async Task PrintCoreAsync(PdfDocumentJob job, ConcurrentQueue<string> blocked, CancellationToken cancellationToken)
    {
        var htmlPath = Path.GetFullPath(job.HtmlPath);
        var page = await OpenPageAsync(cancellationToken);
        try
        {
            await page.SetJavaScriptEnabledAsync(false).WaitAsync(cancellationToken);
            await page.SetRequestInterceptionAsync(true).WaitAsync(cancellationToken);
            page.AddRequestInterceptor(request =>
            {
                if (policy.IsAllowed(request.Url, htmlPath))
                {
                    return request.ContinueAsync();
                }

                blocked.Enqueue(request.Url);
                return request.AbortAsync(RequestAbortErrorCode.BlockedByClient);
            });

            // Puppeteer's own timeouts are off: the per-document limit is enforced by the token, in one place.
            var navigation = new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 0 };
            await page.GoToAsync(new Uri(htmlPath).AbsoluteUri, navigation).WaitAsync(cancellationToken);
            var pdf = await page.PdfDataAsync(PdfOptionsFor(job)).WaitAsync(cancellationToken);

            var stamped = PdfInfoUpdate.Apply(PdfStructureIds.Renumber(pdf), new PdfInfo(job.Title, job.Author, job.Subject, job.Language, job.DocumentDate));
            await AtomicFile.WriteAsync(job.PdfPath, stamped, cancellationToken);
        }
        finally
        {
            await CloseQuietlyAsync(page);
        }
    }

    private async Task<IPage> OpenPageAsync(CancellationToken cancellationToken)
    {
        var opening = browser.NewPageAsync();
        try
        {
            return await opening.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The page may still arrive after we stopped waiting; close it then so it does not linger in the browser.
            _ = opening.ContinueWith(
                late => CloseQuietlyAsync(late.Result),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion,
                TaskScheduler.Default);
            throw;
        }
    }

    private static async Task CloseQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync().WaitAsync(GracefulCloseTimeout);
        }
        catch (Exception e) when (e is TimeoutException or PuppeteerException or ObjectDisposedException or InvalidOperationException)
        {
            // A page that will not close goes with the browser at dispose time.
        }
    }

    private static PdfOptions PdfOptionsFor(PdfDocumentJob job) => new()
    {
        Format = PaperFormat.A4,
        PreferCSSPageSize = true,
        PrintBackground = true,
        DisplayHeaderFooter = true,
        HeaderTemplate = PageTemplates.Header(job.HeaderText),
        FooterTemplate = PageTemplates.Footer(job.Language),

        // Used only when the stylesheet has no @page margin: the header and footer need room inside the margins.
        MarginOptions = new MarginOptions { Top = "25mm", Bottom = "20mm", Left = "20mm", Right = "20mm" },
        Tagged = true,
        Outline = true,
        Timeout = 0,
    };

    private static LaunchOptions LaunchOptionsFor(string chromiumPath, string home, string profile)
    {
        var args = new List<string>
        {
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--font-render-hinting=none",

            // Request interception cannot see speculative connections such as <link rel="preconnect">, so the
            // network is also cut below it: no host name (IP literals included) resolves, and any proxy lookup
            // goes nowhere. The quotes are needed because Puppeteer passes these through a shell on Unix.
            "--host-resolver-rules=\"MAP * ~NOTFOUND\"",
            "--proxy-server=\"socks5://255.255.255.255:1\"",
            "--proxy-bypass-list=\"<-loopback>\"",
        };

        // Chromium refuses to start its sandbox as root (CI containers), so it runs without one only there.
        if (!OperatingSystem.IsWindows() && Environment.IsPrivilegedProcess)
        {
            args.Add("--no-sandbox");
        }

        var launch = new LaunchOptions
        {
            ExecutablePath = chromiumPath,
            Headless = true,
            HeadlessMode = HeadlessMode.True,
            Pipe = true,
            UserDataDir = profile,
            Args = [.. args],
            Timeout = 30_000,
        };
        launch.Env["HOME"] = home;
        launch.Env["XDG_CONFIG_HOME"] = Path.Combine(home, ".config");
        launch.Env["XDG_CACHE_HOME"] = Path.Combine(home, ".cache");
        return launch;
    }

    private void KillLeftovers()
    {
        try
        {
            if (browserProcess is { HasExited: false })
            {
                browserProcess.Kill(entireProcessTree: true);
                browserProcess.WaitForExit(GracefulCloseTimeout);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone, or never ours: nothing left to end.
        }

        if (OperatingSystem.IsLinux())
        {
            ChromiumProcesses.KillThoseUsing(UserDataDirectory);
        }
    }

    private static void DeleteDirectory(string path)
    {
        // Chromium can still be flushing its profile for a moment after it exits.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }
}
