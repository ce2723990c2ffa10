namespace Protokoll.Gen.Preview;

/// <summary>The media type of each kind of file a build writes; text in UTF-8, as the build writes it.</summary>
public static class ContentTypes
{
    public const string Html = "text/html; charset=utf-8";

    /// <summary>Anything else is offered as a download, never guessed at (the server also sends <c>nosniff</c>).</summary>
    public const string Other = "application/octet-stream";

    public static string Of(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".HTML" or ".HTM" => Html,
        ".CSS" => "text/css; charset=utf-8",
        ".SVG" => "image/svg+xml",
        ".JSON" => "application/json; charset=utf-8",
        ".CSV" => "text/csv; charset=utf-8",
        ".MD" => "text/markdown; charset=utf-8",
        ".PDF" => "application/pdf",
        _ => Other,
    };
}
