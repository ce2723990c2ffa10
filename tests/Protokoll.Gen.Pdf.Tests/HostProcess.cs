namespace Protokoll.Gen.Pdf.Tests;

/// <summary>
/// Entry point for <see cref="HostDeathTests"/>: run as `dotnet Protokoll.Gen.Pdf.Tests.dll --hold-browser ROOT`,
/// it launches a printer, prints the profile path and waits to be killed. The test runner itself never calls it.
/// </summary>
internal static class HostProcess
{
    public const string HoldBrowser = "--hold-browser";

    public static async Task<int> Main(string[] args)
    {
        if (args is not [HoldBrowser, var root])
        {
            await Console.Error.WriteLineAsync($"usage: {HoldBrowser} ALLOWED_ROOT");
            return 2;
        }

        var printer = await PdfPrinter.LaunchAsync(TestEnvironment.Options(root));
        await Console.Out.WriteLineAsync(printer.UserDataDirectory);
        await Console.Out.FlushAsync();
        await Task.Delay(Timeout.Infinite);
        return 0;
    }
}
