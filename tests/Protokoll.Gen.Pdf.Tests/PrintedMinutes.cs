namespace Protokoll.Gen.Pdf.Tests;

/// <summary>Prints the minutes fixture once in Swedish and once in English; the content tests only read the PDFs.</summary>
public sealed class PrintedMinutes : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();

    public string SwedishPdf => folder.File("minutes.pdf");

    public string EnglishPdf => folder.File("minutes-en.pdf");

    public PdfPrintResult Swedish { get; private set; } = null!;

    public PdfPrintResult English { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var html = folder.AddFixture("minutes.html");
        await using var printer = await PdfPrinter.LaunchAsync(TestEnvironment.Options(folder.Path));
        Swedish = await printer.PrintAsync(TestEnvironment.Job(html, SwedishPdf));
        English = await printer.PrintAsync(TestEnvironment.Job(html, EnglishPdf, "en-GB"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => folder.Dispose();
}
