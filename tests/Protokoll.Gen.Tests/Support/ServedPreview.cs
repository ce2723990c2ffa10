using System.Net.Sockets;
using System.Text;

namespace Protokoll.Gen.Tests.Support;

/// <summary>
/// <c>protokoll serve --port 0</c> running on a content folder, with its printed address and private output folder,
/// and ways to ask it for pages: through <see cref="HttpClient"/>, or as raw bytes for requests a client would tidy
/// up first (<c>/../</c>). Dispose stops the process.
/// </summary>
public sealed class ServedPreview : IDisposable
{
    private ServedPreview(RunningCli process, Uri address, string outputFolder)
    {
        Process = process;
        Address = address;
        OutputFolder = outputFolder;
        Http = new HttpClient { BaseAddress = address, Timeout = Eventually.Deadline };
    }

    public RunningCli Process { get; }

    public Uri Address { get; }

    /// <summary>The private folder the preview builds into, as it printed it.</summary>
    public string OutputFolder { get; }

    public HttpClient Http { get; }

    public static ServedPreview Start(TempContent content, params string[] extraArgs)
    {
        var process = RunningCli.Start(content.Directory, ["serve", "content", "--port", "0", .. extraArgs]);
        try
        {
            var output = process.WaitForOutput(@"Building into (.+) \(private").Groups[1].Value;
            var address = process.WaitForOutput(@"Serving (http://127\.0\.0\.1:\d+/) ").Groups[1].Value;
            return new ServedPreview(process, new Uri(address), output);
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    public async Task<string> PageAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}\n{Process.Describe()}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Polls <paramref name="path"/> until its page satisfies <paramref name="condition"/>, and returns that page.</summary>
    public Task<string> PageWhenAsync(string path, Func<string, bool> condition, string expectation) =>
        Eventually.GetAsync(async () =>
        {
            var page = await PageAsync(path);
            return condition(page) ? page : null;
        }, $"{path} {expectation}", Process);

    /// <summary>Sends <paramref name="target"/> exactly as given and returns the response's status line and headers.</summary>
    public async Task<string> RawHeadAsync(string target, string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Address.Port);
        var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {host ?? Address.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var end = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return end < 0 ? response : response[..end];
    }

    public void Dispose()
    {
        Http.Dispose();
        Process.Dispose();
    }
}
