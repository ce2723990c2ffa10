namespace Protokoll.Gen.Pdf;

/// <summary>
/// Outcome of <see cref="ChromiumLocator.Locate"/>: either the browser's path or one message telling the user how to get one.
/// </summary>
public sealed record ChromiumLocation
{
    private ChromiumLocation(string? path, string? errorMessage)
    {
        Path = path;
        ErrorMessage = errorMessage;
    }

    public string? Path { get; }

    public string? ErrorMessage { get; }

    public bool Found => Path is not null;

    public static ChromiumLocation At(string path) => new(path, null);

    public static ChromiumLocation NotFound(string message) => new(null, message);
}
