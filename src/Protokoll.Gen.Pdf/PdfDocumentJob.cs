namespace Protokoll.Gen.Pdf;

/// <summary>
/// One HTML file to print. <c>HtmlPath</c> is loaded through a file:// URL, never as a string, so relative assets
/// resolve. <c>Language</c> ("sv-SE" or "en-GB") chooses the footer wording. <c>HeaderText</c> is shown on top of
/// every page, e.g. "Styrgruppen · 9 juni 2022". <c>DocumentDate</c> becomes CreationDate and ModDate instead of
/// the wall clock, so printing the same input twice gives the same bytes.
/// </summary>
public sealed record PdfDocumentJob(
    string HtmlPath,
    string PdfPath,
    string Title,
    string Author,
    string Subject,
    string Language,
    string HeaderText,
    DateTimeOffset DocumentDate);
