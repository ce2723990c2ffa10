using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Protokoll.Gen.Pdf;

/// <summary>
/// Prints HTML files to PDF with one headless Chromium, reused across documents because starting it costs more
/// than printing a page. Dispose it to end the browser; a crashed host takes the browser down too, because the
/// browser is driven over a pipe that closes with the host process.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private static readonly TimeSpan GracefulCloseTimeout = TimeSpan.FromSeconds(5);

    private readonly DevToolsPipe browser;
    private readonly PdfPrinterOptions options;
    private readonly RequestPolicy policy;
    private readonly SemaphoreSlim gate;
    private readonly string workDirectory;
    private int disposed;

    private PdfPrinter(DevToolsPipe browser, PdfPrinterOptions options, string workDirectory, string userDataDirectory)
    {
        this.browser = browser;
        this.options = options;
        this.workDirectory = workDirectory;
        UserDataDirectory = userDataDirectory;
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

        DevToolsPipe browser;
        try
        {
            browser = DevToolsPipe.Start(options.ChromiumPath, ArgumentsFor(profile), EnvironmentFor(home));
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            DeleteDirectory(workDirectory);
            throw new InvalidOperationException($"'{options.ChromiumPath}' could not be started: {e.Message}", e);
        }

        try
        {
            // A program that is not a browser (or one that cannot start) exits and closes the pipe, or never answers:
            // both are bounded, so a wrong --chromium is a finding, not a hang.
            await browser.SendAsync("Browser.getVersion", cancellationToken: cancellationToken).WaitAsync(LaunchTimeout, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or IOException)
        {
            KillAndForget(browser, profile);
            DeleteDirectory(workDirectory);
            var why = e is TimeoutException
                ? $"did not answer as a headless browser within {LaunchTimeout.TotalSeconds:0} s"
                : $"did not start as a headless browser ({e.Message})";
            throw new InvalidOperationException(
                $"'{options.ChromiumPath}' {why}. Check that it is Chromium or Chrome (on Debian: /usr/lib/chromium/chromium).");
        }
        catch
        {
            KillAndForget(browser, profile);
            DeleteDirectory(workDirectory);
            throw;
        }

        var printer = new PdfPrinter(browser, options, workDirectory, profile);

        // Cancelled while waiting for the browser's answer, it was ended above; cancelled just after, the fresh browser
        // is ended here rather than leaked.
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
            await browser.SendAsync("Browser.close").WaitAsync(GracefulCloseTimeout);
            await browser.Process.WaitForExitAsync().WaitAsync(GracefulCloseTimeout);
        }
        catch (Exception e) when (e is TimeoutException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // A wedged or already-dead browser is dealt with below by killing what is left.
        }

        KillLeftovers();
        browser.Dispose();
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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or TimeoutException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return $"Printing '{job.HtmlPath}' failed: {e.Message}";
        }
    }

    private async Task PrintCoreAsync(PdfDocumentJob job, ConcurrentQueue<string> blocked, CancellationToken cancellationToken)
    {
        var htmlPath = Path.GetFullPath(job.HtmlPath);
        var target = await browser.SendAsync("Target.createTarget", w => w.WriteString("url", "about:blank"), cancellationToken: cancellationToken);
        var targetId = target.GetProperty("targetId").GetString()!;
        try
        {
            var attached = await browser.SendAsync("Target.attachToTarget", w =>
            {
                w.WriteString("targetId", targetId);
                w.WriteBoolean("flatten", true);
            }, cancellationToken: cancellationToken);
            var session = attached.GetProperty("sessionId").GetString()!;

            // Load events are matched to the navigation by its loader id: the blank page's own load may still arrive.
            var loads = new ConcurrentDictionary<string, TaskCompletionSource>(StringComparer.Ordinal);
            TaskCompletionSource Load(string loaderId) =>
                loads.GetOrAdd(loaderId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            browser.Subscribe(session, e =>
            {
                if (e.Method == "Fetch.requestPaused")
                {
                    _ = AnswerRequestAsync(session, e.Parameters, htmlPath, blocked);
                }
                else if (e.Method == "Page.lifecycleEvent"
                    && e.Parameters.GetProperty("name").GetString() == "load"
                    && e.Parameters.GetProperty("loaderId").GetString() is { } loaderId)
                {
                    Load(loaderId).TrySetResult();
                }
            });
            try
            {
                Task<JsonElement> Send(string method, Action<Utf8JsonWriter>? parameters = null) =>
                    browser.SendAsync(method, parameters, session, cancellationToken);

                await Send("Emulation.setScriptExecutionDisabled", w => w.WriteBoolean("value", true));
                await Send("Fetch.enable", w =>
                {
                    w.WriteStartArray("patterns");
                    w.WriteStartObject();
                    w.WriteString("urlPattern", "*");
                    w.WriteEndObject();
                    w.WriteEndArray();
                });
                await Send("Page.enable");
                await Send("Page.setLifecycleEventsEnabled", w => w.WriteBoolean("enabled", true));

                var navigation = await Send("Page.navigate", w => w.WriteString("url", new Uri(htmlPath).AbsoluteUri));
                if (navigation.TryGetProperty("errorText", out var failed) && failed.GetString() is { Length: > 0 } reason)
                {
                    throw new IOException($"the browser could not open it ({reason})");
                }

                await Load(navigation.GetProperty("loaderId").GetString()!).Task.WaitAsync(cancellationToken);
                var printed = await Send("Page.printToPDF", w => PrintParameters(w, job));
                var pdf = Convert.FromBase64String(printed.GetProperty("data").GetString()!);

                var stamped = PdfInfoUpdate.Apply(PdfStructureIds.Renumber(pdf), new PdfInfo(job.Title, job.Author, job.Subject, job.Language, job.DocumentDate));
                await AtomicFile.WriteAsync(job.PdfPath, stamped, cancellationToken);
            }
            finally
            {
                browser.Unsubscribe(session);
            }
        }
        finally
        {
            await CloseQuietlyAsync(targetId);
        }
    }

    /// <summary>Lets a paused request go on if the policy allows it, and fails it as blocked by the client if not.</summary>
    private async Task AnswerRequestAsync(string session, JsonElement paused, string htmlPath, ConcurrentQueue<string> blocked)
    {
        var requestId = paused.GetProperty("requestId").GetString()!;
        var url = paused.GetProperty("request").GetProperty("url").GetString() ?? "";
        try
        {
            if (policy.IsAllowed(url, htmlPath))
            {
                await browser.SendAsync("Fetch.continueRequest", w => w.WriteString("requestId", requestId), session);
            }
            else
            {
                blocked.Enqueue(url);
                await browser.SendAsync("Fetch.failRequest", w =>
                {
                    w.WriteString("requestId", requestId);
                    w.WriteString("errorReason", "BlockedByClient");
                }, session);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The page was closed (or the browser ended) while the request waited: there is nothing left to answer.
        }
    }

    private async Task CloseQuietlyAsync(string targetId)
    {
        try
        {
            await browser.SendAsync("Target.closeTarget", w => w.WriteString("targetId", targetId)).WaitAsync(GracefulCloseTimeout);
        }
        catch (Exception e) when (e is TimeoutException or IOException or ObjectDisposedException)
        {
            // A page that will not close goes with the browser at dispose time.
        }
    }

    /// <summary>
    /// A4 unless the stylesheet's @page says otherwise. The margins are used only when the stylesheet has none: the
    /// header and footer need room inside them. Tagged for screen readers, with an outline from the headings.
    /// </summary>
    private static void PrintParameters(Utf8JsonWriter w, PdfDocumentJob job)
    {
        const double MillimetresPerInch = 25.4;
        w.WriteNumber("paperWidth", 8.27);
        w.WriteNumber("paperHeight", 11.7);
        w.WriteBoolean("preferCSSPageSize", true);
        w.WriteBoolean("printBackground", true);
        w.WriteBoolean("displayHeaderFooter", true);
        w.WriteString("headerTemplate", PageTemplates.Header(job.HeaderText));
        w.WriteString("footerTemplate", PageTemplates.Footer(job.Language));
        w.WriteNumber("marginTop", 25 / MillimetresPerInch);
        w.WriteNumber("marginBottom", 20 / MillimetresPerInch);
        w.WriteNumber("marginLeft", 20 / MillimetresPerInch);
        w.WriteNumber("marginRight", 20 / MillimetresPerInch);
        w.WriteBoolean("generateTaggedPDF", true);
        w.WriteBoolean("generateDocumentOutline", true);
    }

    private static List<string> ArgumentsFor(string profile)
    {
        var args = new List<string>
        {
            "--headless",
            "--user-data-dir=" + profile,
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-default-apps",
            "--disable-breakpad",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--mute-audio",
            "--force-color-profile=srgb",
            "--font-render-hinting=none",

            // Request interception cannot see speculative connections such as <link rel="preconnect">, so the
            // network is also cut below it: no host name (IP literals included) resolves, and any proxy lookup
            // goes nowhere.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--proxy-server=socks5://255.255.255.255:1",
            "--proxy-bypass-list=<-loopback>",
        };

        // Chromium refuses to start its sandbox as root (CI containers), so it runs without one only there.
        if (!OperatingSystem.IsWindows() && Environment.IsPrivilegedProcess)
        {
            args.Add("--no-sandbox");
        }

        args.Add("about:blank");
        return args;
    }

    private static Dictionary<string, string> EnvironmentFor(string home) => new(StringComparer.Ordinal)
    {
        ["HOME"] = home,
        ["XDG_CONFIG_HOME"] = Path.Combine(home, ".config"),
        ["XDG_CACHE_HOME"] = Path.Combine(home, ".cache"),
    };

    private static void KillAndForget(DevToolsPipe browser, string profile)
    {
        try
        {
            browser.Process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }

        browser.Dispose();
        KillThoseUsing(profile);
    }

    private void KillLeftovers()
    {
        try
        {
            if (!browser.Process.HasExited)
            {
                browser.Process.Kill(entireProcessTree: true);
                browser.Process.WaitForExit(GracefulCloseTimeout);
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
