namespace Protokoll.Gen.Preview;

/// <summary>
/// Maps a request's path to a file below the site folder, or refuses it. Anything that could climb out or name a
/// file the build did not write is refused: <c>..</c> and <c>.</c> segments (also percent-encoded), encoded slashes,
/// backslashes, drive letters, empty segments (<c>//etc</c>), control characters, and names starting with a dot
/// (the build writes none; the output marker is one). Mapping is done on the raw request target, before any
/// normalisation, so what is checked is what is served.
/// </summary>
public static class PreviewPaths
{
    public const string IndexFile = "index.html";

    /// <summary>
    /// The full path a request target (<c>/a/b.html?x</c>) names below <paramref name="siteRoot"/>, or false.
    /// A target ending in <c>/</c> names that folder's index.html. Nothing is looked up on disk.
    /// </summary>
    public static bool TryMap(string requestTarget, string siteRoot, out string fullPath)
    {
        fullPath = "";
        var end = requestTarget.IndexOfAny(['?', '#']);
        var path = end >= 0 ? requestTarget[..end] : requestTarget;
        if (path.Length == 0 || path[0] != '/' || path.Contains('\\', StringComparison.Ordinal))
        {
            return false;
        }

        var raw = path[1..].Split('/');
        var segments = new List<string>(raw.Length + 1);
        for (var i = 0; i < raw.Length; i++)
        {
            var isLast = i == raw.Length - 1;
            if (raw[i].Length == 0)
            {
                if (!isLast)
                {
                    return false;
                }

                segments.Add(IndexFile);
                continue;
            }

            var segment = Uri.UnescapeDataString(raw[i]);
            if (!IsPlainName(segment))
            {
                return false;
            }

            segments.Add(segment);
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteRoot));
        var candidate = Path.GetFullPath(Path.Combine([root, .. segments]));
        if (!candidate.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return false;
        }

        fullPath = candidate;
        return true;
    }

    private static bool IsPlainName(string segment) =>
        segment.Length > 0
        && segment[0] != '.'
        && !segment.Any(c => c is '/' or '\\' or ':' || char.IsControl(c))
        && !Path.IsPathRooted(segment);
}
