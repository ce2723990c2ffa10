using System.Diagnostics;

namespace Protokoll.Gen.Cli.Tests.Support;

/// <summary>
/// poppler-utils and qpdf inspect the PDFs. CI installs them, so their absence fails the test with the fix in the
/// message rather than skipping it.
/// </summary>
internal static class Tools
{
    public const string InstallCommand = "apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-liberation poppler-utils qpdf";

    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"'{tool}' is not installed ({e.Message}); run `{InstallCommand}`.");
            throw;
        }

        using (process)
        {
            var standardError = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"{tool} did not finish");
            return (process.ExitCode, output + standardError.Result);
        }
    }
}
