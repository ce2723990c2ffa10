namespace Protokoll.Gen.Pdf.Tests;

/// <summary>
/// The pipe to the browser answers every command, including the ones that fail: a refused command and a browser that
/// is gone both come back as an error naming the command, never as a wait that does not end.
/// </summary>
public sealed class DevToolsPipeTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_command_the_browser_answers_returns_its_result()
    {
        using var folder = new TempFolder();
        using var pipe = Start(folder.Path);

        var version = await pipe.SendAsync("Browser.getVersion").WaitAsync(Limit);

        Assert.Contains("Chrome", version.GetProperty("product").GetString(), StringComparison.Ordinal);
        await CloseAsync(pipe);
    }

    [Fact]
    public async Task A_command_the_browser_refuses_is_an_error_that_names_it()
    {
        using var folder = new TempFolder();
        using var pipe = Start(folder.Path);

        var error = await Assert.ThrowsAsync<IOException>(() => pipe.SendAsync("Protokoll.noSuchCommand").WaitAsync(Limit));

        Assert.Contains("refused Protokoll.noSuchCommand", error.Message, StringComparison.Ordinal);
        await CloseAsync(pipe);
    }

    [Fact]
    public async Task Commands_to_a_browser_that_is_gone_fail_at_once_instead_of_waiting()
    {
        using var folder = new TempFolder();
        using var pipe = Start(folder.Path);
        await pipe.SendAsync("Browser.getVersion").WaitAsync(Limit);

        pipe.Process.Kill(entireProcessTree: true);
        await pipe.Process.WaitForExitAsync().WaitAsync(Limit);

        var error = await Assert.ThrowsAsync<IOException>(() => pipe.SendAsync("Browser.getVersion").WaitAsync(Limit));
        Assert.Contains("closed its DevTools pipe", error.Message, StringComparison.Ordinal);
    }

    private static DevToolsPipe Start(string folder)
    {
        var profile = Directory.CreateDirectory(Path.Combine(folder, "profile")).FullName;
        List<string> arguments = ["--headless", "--user-data-dir=" + profile, "--disable-gpu", "--no-first-run"];
        if (!OperatingSystem.IsWindows() && Environment.IsPrivilegedProcess)
        {
            arguments.Add("--no-sandbox");
        }

        arguments.Add("about:blank");
        return DevToolsPipe.Start(TestEnvironment.ChromiumPath, arguments, new Dictionary<string, string>());
    }

    private static async Task CloseAsync(DevToolsPipe pipe)
    {
        try
        {
            await pipe.SendAsync("Browser.close").WaitAsync(Limit);
        }
        catch (IOException)
        {
            // The browser may close the pipe before it has answered the close itself.
        }

        await pipe.Process.WaitForExitAsync().WaitAsync(Limit);
    }
}
