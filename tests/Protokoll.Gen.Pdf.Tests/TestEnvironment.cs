using System.Diagnostics;

namespace Protokoll.Gen.Pdf.Tests;

/// <summary>
/// The PDF tests need a real Chromium and poppler/qpdf. CI installs them, so their absence is a failure with the
/// fix in the message, never a silent skip.
/// </summary>
internal static class TestEnvironment
{
    private const string InstallCommand = "apt-get install -y --no-install-recommends chromium fonts-dejavu-core poppler-utils qpdf";

    public static string ChromiumPath
    {
        get
        {
            var location = new ChromiumLocator().Locate();
            Assert.True(location.Found, $"These tests need Chromium: run `apt-get install chromium` (full set: `{InstallCommand}`). {location.ErrorMessage}");
            return location.Path!;
        }
    }

    public static PdfPrinterOptions Options(string allowedRoot) => new(ChromiumPath, allowedRoot);

    /// <summary>Runs a command-line tool, failing the test with the install command when the tool is missing.</summary>
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
            process.WaitForExit();
            return (process.ExitCode, output + standardError.Result);
        }
    }

    public static PdfDocumentJob Job(string htmlPath, string pdfPath, string language = "sv-SE") => new(
        htmlPath,
        pdfPath,
        Title: "Protokoll styrgruppen 9 juni 2022",
        Author: "Åsa Öberg",
        Subject: "Styrgruppens möte § 1–9",
        Language: language,
        HeaderText: "Styrgruppen · 9 juni 2022",
        DocumentDate: new DateTimeOffset(2022, 6, 9, 14, 30, 0, TimeSpan.FromHours(2)));
}
