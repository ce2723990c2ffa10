namespace Protokoll.Gen.Pdf;

/// <summary>
/// The outcome of one job. <c>ErrorMessage</c> is null when the PDF was written. <c>BlockedRequests</c> lists the
/// URLs the document tried to load and was refused, so the caller can report them as warnings.
/// </summary>
public sealed record PdfPrintResult(
    PdfDocumentJob Job,
    string? ErrorMessage,
    IReadOnlyList<string> BlockedRequests,
    TimeSpan Elapsed)
{
    public bool Succeeded => ErrorMessage is null;
}
