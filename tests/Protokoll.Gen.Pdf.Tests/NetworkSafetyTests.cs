using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Protokoll.Gen.Pdf.Tests;

public sealed class NetworkSafetyTests
{
    [Fact]
    public async Task Remote_resources_are_blocked_reported_and_never_contacted()
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

        using var folder = new TempFolder();
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(folder.Path)!, "outside.png"), "not an image");
        var html = folder.AddFixture("network.html", new Dictionary<string, string> { ["PORT"] = port });

        PdfPrintResult result;
        await using (var printer = await PdfPrinter.LaunchAsync(TestEnvironment.Options(folder.Path)))
        {
            result = await printer.PrintAsync(TestEnvironment.Job(html, folder.File("network.pdf")));
        }

        // Give any late speculative connection (preconnect, prefetch) time to show up before counting.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        await stop.CancelAsync();
        await accepting;

        Assert.True(result.Succeeded, result.ErrorMessage);
        Assert.Equal(0, Volatile.Read(ref accepted));
        var blocked = result.BlockedRequests;
        Assert.Contains($"http://127.0.0.1:{port}/x.png", blocked);
        Assert.Contains($"http://127.0.0.1:{port}/a.css", blocked);
        Assert.Contains($"http://127.0.0.1:{port}/", blocked);
        Assert.Contains("https://example.org/x.png", blocked);
        Assert.Contains(blocked, url => url.EndsWith("/outside.png", StringComparison.Ordinal));
        Assert.Contains("file:///etc/hostname", blocked);

        // JavaScript is off, so the script's fetch never even becomes a request.
        Assert.DoesNotContain(blocked, url => url.Contains("from-script", StringComparison.Ordinal));
    }
}
