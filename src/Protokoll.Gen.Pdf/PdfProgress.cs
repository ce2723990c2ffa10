namespace Protokoll.Gen.Pdf;

/// <summary>Reported once per finished job; <c>Latest</c> arrives in completion order, not job order.</summary>
public sealed record PdfProgress(int Completed, int Total, PdfPrintResult Latest);
