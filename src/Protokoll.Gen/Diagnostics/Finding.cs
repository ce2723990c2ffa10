namespace Protokoll.Gen.Diagnostics;

/// <summary>One problem in the content, at one place, with a stable code and a message that says what to do.</summary>
public sealed record Finding(string Code, Severity Severity, string Message, SourceLocation Location)
{
    public static Finding Error(string code, string message, SourceLocation location) =>
        new(code, Severity.Error, message, location);

    public static Finding Warning(string code, string message, SourceLocation location) =>
        new(code, Severity.Warning, message, location);

    public bool IsError => Severity == Severity.Error;
}
