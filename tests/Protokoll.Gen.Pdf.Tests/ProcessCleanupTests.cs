namespace Protokoll.Gen.Pdf.Tests;

public sealed class ProcessCleanupTests
{
    [Fact]
    public async Task Dispose_ends_every_browser_process_and_removes_the_profile()
    {
        using var folder = new TempFolder();
        var html = folder.AddFixture("minutes.html");
        var printer = await PdfPrinter.LaunchAsync(TestEnvironment.Options(folder.Path));
        var profile = printer.UserDataDirectory;
        IReadOnlyDictionary<int, string> tree;
        try
        {
            Assert.True((await printer.PrintAsync(TestEnvironment.Job(html, folder.File("m.pdf")))).Succeeded);
            Assert.NotEmpty(BrowserProcesses.Using(profile));
            tree = BrowserProcesses.Tree(profile);
        }
        finally
        {
            await printer.DisposeAsync();
        }

        Assert.Empty(BrowserProcesses.Using(profile));
        Assert.Empty(BrowserProcesses.StillRunning(tree));
        Assert.False(Directory.Exists(profile));
        await printer.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => printer.PrintAsync(TestEnvironment.Job(html, folder.File("n.pdf"))));
    }

    [Fact]
    public async Task Cancelling_a_hung_print_throws_and_dispose_still_ends_the_browser()
    {
        using var folder = new TempFolder();
        var html = HangingDocument(folder);
        var pdf = folder.File("hang.pdf");
        var printer = await PdfPrinter.LaunchAsync(TestEnvironment.Options(folder.Path));
        var profile = printer.UserDataDirectory;
        IReadOnlyDictionary<int, string> tree;
        try
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            var printing = printer.PrintAsync(TestEnvironment.Job(html, pdf), cancel.Token);
            await Task.Delay(TimeSpan.FromSeconds(1));
            tree = BrowserProcesses.Tree(profile);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => printing);
            Assert.False(File.Exists(pdf));
        }
        finally
        {
            // The browser is still stuck reading the pipe, so this also exercises the kill path.
            await printer.DisposeAsync();
        }

        Assert.Empty(BrowserProcesses.Using(profile));
        Assert.Empty(BrowserProcesses.StillRunning(tree));
    }

    [Fact]
    public async Task A_document_over_the_time_limit_fails_with_a_clear_message_and_the_printer_goes_on()
    {
        using var folder = new TempFolder();
        var hanging = HangingDocument(folder);
        var minutes = folder.AddFixture("minutes.html");
        // Long enough that an ordinary page prints well within it on a loaded CI machine.
        var options = TestEnvironment.Options(folder.Path) with { PerDocumentTimeout = TimeSpan.FromSeconds(10) };
        var printer = await PdfPrinter.LaunchAsync(options);
        var profile = printer.UserDataDirectory;
        try
        {
            var timedOut = await printer.PrintAsync(TestEnvironment.Job(hanging, folder.File("hang.pdf")));

            Assert.False(timedOut.Succeeded);
            Assert.Contains("took longer than the limit of 10 s", timedOut.ErrorMessage, StringComparison.Ordinal);
            Assert.Contains("hang.html", timedOut.ErrorMessage, StringComparison.Ordinal);
            Assert.InRange(timedOut.Elapsed, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(60));
            Assert.False(File.Exists(folder.File("hang.pdf")));

            var next = await printer.PrintAsync(TestEnvironment.Job(minutes, folder.File("m.pdf")));
            Assert.True(next.Succeeded, next.ErrorMessage);
        }
        finally
        {
            await printer.DisposeAsync();
        }

        Assert.Empty(BrowserProcesses.Using(profile));
    }

    [Fact]
    public async Task Launching_with_a_cancelled_token_throws()
    {
        using var folder = new TempFolder();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PdfPrinter.LaunchAsync(TestEnvironment.Options(folder.Path), cancel.Token));
    }

    /// <summary>An image that is a named pipe nobody writes to: Chromium waits for it forever, like a stuck asset.</summary>
    private static string HangingDocument(TempFolder folder)
    {
        var html = folder.AddFixture("hang.html");
        var (exitCode, output) = TestEnvironment.Run("mkfifo", folder.File("never.png"));
        Assert.True(exitCode == 0, output);
        return html;
    }
}
