namespace Protokoll.Gen.Preview;

/// <summary>
/// Files that editors and tools write beside the real ones (swap files, backups, locks, safe-write temporaries) and
/// folders no build reads. A change to one of them must not start a rebuild: vim alone writes a swap file on every
/// pause in typing, and a rebuild for each would flash half-typed findings on the page.
/// </summary>
public static class EditorFiles
{
    private static readonly string[] IgnoredFolders = [".git", ".hg", ".svn", ".idea", ".vs", "node_modules"];

    private static readonly string[] IgnoredSuffixes =
    [
        "~", ".swp", ".swo", ".swx", ".swpx", ".tmp", ".temp", ".kate-swp", "___jb_tmp___", "___jb_old___", ".crswap",
    ];

    private static readonly string[] IgnoredPrefixes = [".#", ".~lock.", "~$", ".goutputstream-"];

    private static readonly string[] IgnoredNames = ["4913", ".DS_Store", "Thumbs.db", "desktop.ini"];

    /// <summary>True when a change to <paramref name="relativePath"/> (below a watched folder) cannot change the build.</summary>
    public static bool IsIgnored(string relativePath)
    {
        var segments = relativePath.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return false;
        }

        if (segments.Any(s => IgnoredFolders.Contains(s, StringComparer.OrdinalIgnoreCase)))
        {
            return true;
        }

        var name = segments[^1];
        return IgnoredNames.Contains(name, StringComparer.OrdinalIgnoreCase)
            || IgnoredSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase))
            || IgnoredPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))
            || (name.Length > 1 && name[0] == '#' && name[^1] == '#');
    }
}
