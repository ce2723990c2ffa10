using System.Diagnostics;

namespace Protokoll.Gen.Pdf.Tests;

public sealed class HostDeathTests
{
    [Fact]
    public async Task Browser_dies_with_a_host_that_is_killed_without_disposing()
    {
        using var folder = new TempFolder();
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(HostProcess).Assembly.Location);
        start.ArgumentList.Add(HostProcess.HoldBrowser);
        start.ArgumentList.Add(folder.Path);

        using var host = Process.Start(start)!;
        string profile;
        try
        {
            profile = await host.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))
                ?? throw new InvalidOperationException("The host exited early: " + await host.StandardError.ReadToEndAsync());
        }
        catch
        {
            host.Kill(entireProcessTree: true);
            throw;
        }

        var tree = BrowserProcesses.Tree(profile);
        Assert.NotEmpty(tree);

        // SIGKILL: no dispose, no finalizers. Only the closed pipe tells the browser its host is gone.
        host.Kill();
        await host.WaitForExitAsync();

        var left = await WaitUntilGone(tree, TimeSpan.FromSeconds(15));
        Directory.Delete(Path.GetDirectoryName(profile)!, recursive: true);
        Assert.True(left.Count == 0, "Still running after the host died:\n" + string.Join('\n', left));
    }

    private static async Task<IReadOnlyList<string>> WaitUntilGone(IReadOnlyDictionary<int, string> tree, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var left = BrowserProcesses.StillRunning(tree);
        while (left.Count > 0 && clock.Elapsed < limit)
        {
            await Task.Delay(100);
            left = BrowserProcesses.StillRunning(tree);
        }

        return left;
    }

    private static string DotnetHost() =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
