using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Protokoll.Gen.Cli.Tests.Support;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Cli.Tests.Pdf;

public sealed class PdfNetworkTests
{
    /// <summary>
    /// Item Markdown cannot carry frames or styles (the sanitizer removes them), but a template override can, so
    /// that is where hostile markup reaches the printer.
    /// </summary>
    [Fact]
    public async Task Remote_images_css_imports_and_frames_in_a_template_are_blocked_reported_and_never_contacted()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
        var accepted = 0;
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    using var client = await listener.AcceptTcpClientAsync(stop.Token);
                    Interlocked.Increment(ref accepted);
                }
            }
            catch (OperationCanceledException)
            {
                // The test is over.
            }
        });

        using var content = TempContent.FromSample();
        var templates = Path.Combine(content.Directory, "mallar");
        Directory.CreateDirectory(Path.Combine(templates, "partials"));
        await File.WriteAllTextAsync(Path.Combine(templates, "partials", "meeting-header.sbnhtml"), $$$"""
            <header>
            <p class="organisation">{{ site.organisation }}</p>
            <h1>{{ document_kind }}: {{ meeting.body }} {{ long_date meeting.date }}</h1>
            <style>@import url(http://127.0.0.1:{{{port}}}/import.css);</style>
            <img src="http://127.0.0.1:{{{port}}}/logo.png" alt="">
            <iframe src="http://127.0.0.1:{{{port}}}/frame" title="ram"></iframe>
            </header>
            """);

        using var site = PdfSite.Build(content.Root, "--templates", templates);

        // Give any late speculative connection time to show up before counting.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        await stop.CancelAsync();
        await accepting;

        Assert.True(site.Run.ExitCode == 0, site.Run.Output + site.Run.Error);
        Assert.Equal(0, Volatile.Read(ref accepted));
        // Findings name files relative to the current directory, as the CLI prints them. Comparing with the absolute
        // path only matched while the relative path happened to climb up to the root (a clone in another folder of
        // /tmp gives ../../protokoll-pdf-out-…, which does not contain /tmp/).
        var minutes = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(site.Output, "2022-09-15-styrgrupp", "protokoll.html")).Replace('\\', '/');
        foreach (var url in (string[])[$"http://127.0.0.1:{port}/import.css", $"http://127.0.0.1:{port}/logo.png", $"http://127.0.0.1:{port}/frame"])
        {
            Assert.Contains(site.Run.Output.Split('\n'), line =>
                line.Contains("warning PG801", StringComparison.Ordinal)
                && line.Contains(url, StringComparison.Ordinal)
                && line.Contains(minutes + ":1:1", StringComparison.Ordinal));
        }

        Assert.True(File.Exists(Path.Combine(site.Output, "2022-09-15-styrgrupp", "protokoll.pdf")));
    }
}
