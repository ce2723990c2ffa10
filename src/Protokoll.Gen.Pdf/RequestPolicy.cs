namespace Protokoll.Gen.Pdf;

/// <summary>
/// Decides which URLs a printed page may load. Minutes are rendered from user-supplied Markdown, so the page
/// must not phone home, read files outside the output folder, or depend on anything that changes between runs.
/// </summary>
internal sealed class RequestPolicy
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string allowedRootWithSeparator;

    public RequestPolicy(string allowedRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(allowedRoot);
        allowedRootWithSeparator = Path.TrimEndingDirectorySeparator(Path.GetFullPath(allowedRoot)) + Path.DirectorySeparatorChar;
    }

    /// <summary>The document being printed (a full path) is always allowed, even outside the root.</summary>
    public bool IsAllowed(string url, string documentPath)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        // data: URLs carry their bytes inline, so they cannot reach the network or the disk; allowing them keeps
        // inlined images and fonts working, and Chromium does not route them through interception anyway.
        if (uri.Scheme == "data")
        {
            return true;
        }

        // A host in a file URL means a network share (file://server/share), which is remote access in disguise.
        if (!uri.IsFile || uri.IsUnc || !string.IsNullOrEmpty(uri.Host))
        {
            return false;
        }

        string path;
        try
        {
            // GetFullPath collapses any ".." left after URL normalisation, so the prefix test below cannot be escaped.
            path = Path.GetFullPath(uri.LocalPath);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }

        return string.Equals(path, documentPath, PathComparison)
            || path.StartsWith(allowedRootWithSeparator, PathComparison);
    }
}
