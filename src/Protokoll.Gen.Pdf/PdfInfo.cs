namespace Protokoll.Gen.Pdf;

/// <summary>What goes into the Info dictionary; <c>Language</c> also becomes /Lang when the HTML did not set one.</summary>
internal sealed record PdfInfo(string Title, string Author, string Subject, string Language, DateTimeOffset Date);
