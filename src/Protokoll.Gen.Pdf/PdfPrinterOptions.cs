namespace Protokoll.Gen.Pdf;

/// <summary>
/// <c>ChromiumPath</c> usually comes from <see cref="ChromiumLocator"/>. <c>AllowedRoot</c> is the output folder:
/// the only place from which a printed page may load files.
/// </summary>
public sealed record PdfPrinterOptions(string ChromiumPath, string AllowedRoot)
{
    public int MaxParallel { get; init; } = 2;

    public TimeSpan PerDocumentTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
