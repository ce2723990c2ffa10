using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using AngleSharp.Html.Parser;
using Protokoll.Gen.Preview;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Cli;

/// <summary><c>protokoll serve</c> run as a process on a copy of the sample, asked for pages over HTTP as a browser asks.</summary>
public sealed class ServeCommandTests
{
    private const string Minutes = "2022-09-15-styrgrupp/protokoll.html";
    private const string Item5 = "meetings/2022-09-15-styrgrupp/05-information-fran-kansliet.md";
    private const string Item8 = "meetings/2022-09-15-styrgrupp/08-beslut-natverksprocess-projektberedskap.md";

    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task A_saved_change_to_an_item_shows_in_the_next_page_fetched()
    {
        using var content = TempContent.FromSample();
        using var preview = ServedPreview.Start(content);

        var before = await preview.PageAsync(Minutes);
        Assert.Contains("nästa nätverksträff hålls i november", before, StringComparison.Ordinal);

        content.Write(Item5, File.ReadAllText(content.PathOf(Item5)).Replace("hålls i november", "hålls i december i Örebro", StringComparison.Ordinal));

        await preview.PageWhenAsync(Minutes, page => page.Contains("nästa nätverksträff hålls i december i Örebro", StringComparison.Ordinal), "shows the edited text");
        preview.Process.WaitForOutput(@"Changed: content/meetings/2022-09-15-styrgrupp/05-information-fran-kansliet\.md; building again\.");
    }

    [Fact]
    public async Task Served_pages_reload_themselves_but_the_built_files_stay_without_scripts()
    {
        using var content = TempContent.FromSample();
        using var preview = ServedPreview.Start(content);

        var served = Parser.ParseDocument(await preview.PageAsync(Minutes));
        var script = Assert.Single(served.QuerySelectorAll("script"));
        Assert.Equal(PreviewPage.ScriptId, script.Id);
        Assert.Contains(PreviewPage.EventsPath, script.TextContent, StringComparison.Ordinal);

        var built = Parser.ParseDocument(File.ReadAllText(Path.Combine(preview.OutputFolder, Minutes)));
        Assert.Empty(built.QuerySelectorAll("script"));
        Assert.False(Path.GetFullPath(preview.OutputFolder).StartsWith(content.Root, StringComparison.Ordinal), "the preview builds outside the content folder");
        Assert.False(Directory.Exists(Path.Combine(content.Directory, "out")), "the preview never writes 'out'");
    }

    [Fact]
    public async Task A_broken_item_shows_its_findings_at_the_top_of_every_page_over_the_last_good_build_until_fixed()
    {
        using var content = TempContent.FromSample();
        using var preview = ServedPreview.Start(content);
        var good = File.ReadAllText(content.PathOf(Item8));

        content.Write(Item8, good.Replace("process: Projektberedskap\n", "process: <i>Projektberedskapp</i>\n", StringComparison.Ordinal));

        var page = await preview.PageWhenAsync(Minutes, p => p.Contains(PreviewPage.BannerId, StringComparison.Ordinal), "shows the findings banner");
        var document = Parser.ParseDocument(page);
        var banner = document.GetElementById(PreviewPage.BannerId)!;
        Assert.Same(banner, document.Body!.FirstElementChild);
        var expected = $"content/{Item8}:5:10: error PG105: The process '<i>Projektberedskapp</i>' is not in the 2022 budget.";
        Assert.Contains(expected, banner.TextContent, StringComparison.Ordinal);
        Assert.Contains("&lt;i&gt;Projektberedskapp&lt;/i&gt;", page, StringComparison.Ordinal);
        Assert.Empty(banner.QuerySelectorAll("i"));
        // The last good build is still what the page shows below the banner.
        Assert.Equal("§ 8 Beslut nätverksprocess om utmaningen projektberedskap", document.QuerySelector("#p8 h2")!.TextContent);
        Assert.Contains(PreviewPage.BannerId, await preview.PageAsync("/"), StringComparison.Ordinal);
        preview.Process.WaitForError(expected);

        content.Write(Item8, good);

        await preview.PageWhenAsync(Minutes, p => !p.Contains(PreviewPage.BannerId, StringComparison.Ordinal), "has no banner once the item is fixed");
    }

    [Fact]
    public async Task The_events_endpoint_announces_a_new_build_after_a_change()
    {
        using var content = TempContent.FromSample();
        using var preview = ServedPreview.Start(content);
        using var stream = await preview.Http.GetAsync(PreviewPage.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType!.MediaType);
        using var events = new StreamReader(await stream.Content.ReadAsStreamAsync());
        using var deadline = new CancellationTokenSource(Eventually.Deadline);

        var first = await NextBuildAsync(events, deadline.Token);
        File.AppendAllText(content.PathOf(Item5), "\nEtt tillägg.\n");
        var next = await NextBuildAsync(events, deadline.Token);

        Assert.True(next > first, $"build {next} follows build {first}");
    }

    [Fact]
    public async Task Paths_outside_the_site_are_refused_with_404_and_folders_are_never_listed()
    {
        using var content = TempContent.FromSample();
        using var preview = ServedPreview.Start(content);

        string[] refused =
        [
            "/../content/protokoll.yml", "/%2e%2e/content/protokoll.yml", "/%2E%2E/%2E%2E/etc/passwd", "/assets/..%2f..%2fcontent/protokoll.yml",
            "/assets/..\\..\\content\\protokoll.yml", "/%5c..%5ccontent", "//etc/passwd", "/C:/Windows/win.ini", "/.protokoll-output",
            "/budget/", "/no-such-page.html",
        ];
        foreach (var target in refused)
        {
            Assert.StartsWith("HTTP/1.1 404 ", await preview.RawHeadAsync(target), StringComparison.Ordinal);
        }

        Assert.Contains("Location: /budget/", await preview.RawHeadAsync("/budget"), StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/css", await preview.RawHeadAsync("/assets/protokoll.css"), StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/html", await preview.RawHeadAsync("/"), StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/csv", await preview.RawHeadAsync("/budget/2022.csv"), StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/json", await preview.RawHeadAsync("/budget/2022.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_this_computer_can_reach_the_preview()
    {
        using var content = TempContent.FromSample();
        using var preview = ServedPreview.Start(content);

        // A page elsewhere that points a DNS name at 127.0.0.1 still sends its own name as Host.
        Assert.StartsWith("HTTP/1.1 400 ", await preview.RawHeadAsync("/", host: $"attacker.example:{preview.Address.Port}"), StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 200 ", await preview.RawHeadAsync("/", host: $"localhost:{preview.Address.Port}"), StringComparison.Ordinal);

        // Bound to 127.0.0.1 only: neither another loopback address nor the machine's network addresses answer.
        var others = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(a => a.Address))
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            .Append(IPAddress.Parse("127.0.0.2"));
        foreach (var address in others)
        {
            using var client = new TcpClient();
            await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(address, preview.Address.Port));
        }
    }

    [UnixFact]
    public void Ctrl_c_stops_the_preview_with_exit_code_0_and_removes_its_folder()
    {
        using var content = TempContent.FromSample();
        using var preview = ServedPreview.Start(content);
        Assert.True(File.Exists(Path.Combine(preview.OutputFolder, "index.html")));

        Assert.Equal(0, preview.Process.Interrupt());

        Assert.False(Directory.Exists(Path.GetDirectoryName(preview.OutputFolder)), $"{preview.OutputFolder} is removed");
    }

    [Fact]
    public void A_port_in_use_is_a_usage_error_that_suggests_port_0()
    {
        using var content = TempContent.FromSample();
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

            var run = CliRun.AsProcess(content.Directory, "serve", "content", "--port", port);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"cannot listen on 127.0.0.1:{port}", run.Error, StringComparison.Ordinal);
            Assert.Contains("--port 0", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            taken.Stop();
        }
    }

    private static async Task<int> NextBuildAsync(StreamReader events, CancellationToken cancellationToken)
    {
        while (await events.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return int.Parse(line["data: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new EndOfStreamException("The events stream ended.");
    }
}
