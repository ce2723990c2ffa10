namespace Protokoll.Gen.Rendering.Output;

/// <summary>What a printed copy of an HTML page needs to know: its title, subject, running header and date.</summary>
public sealed record DocumentInfo(string Title, string Author, string Subject, string Header, DateOnly Date, string Language);
