using System.Buffers;
using System.Collections.Concurrent;
using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Rendering.Output;

/// <summary>
/// Writes a build into a staging folder beside the output folder and swaps it in only when everything is written,
/// so a failed or killed build leaves the previous output whole. It replaces only a folder it made itself (one
/// that holds its marker file, or an empty one), and never a folder inside or above the content folder.
/// </summary>
/// <remarks>
/// A page whose bytes are the same as in the previous output is not written again: the staging folder gets a hard
/// link to the previous file. A rebuild after a small edit (the preview rebuilds on every save) then creates and
/// frees few inodes, which on some file systems costs more than rendering (docs/performance.md), and unchanged pages
/// keep their timestamps for sync tools and caches. The previous output stays whole until the swap: a linked name is
/// never written through, and is replaced by a new file if the same path is written again.
/// </remarks>
public sealed class OutputStaging : IDisposable
{
    public const string MarkerFile = ".protokoll-output";

    private readonly string _target;
    private readonly string? _previous;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _linked = new(StringComparer.Ordinal);
    private bool _committed;

    private OutputStaging(string target, string staging, string? previous)
    {
        _target = target;
        _previous = previous;
        Root = staging;
    }

    /// <summary>The staging folder: write here, then <see cref="Commit"/>.</summary>
    public string Root { get; }

    /// <summary>How many written files were linked from the previous output, their bytes being the same.</summary>
    public int UnchangedFiles => _linked.Count;

    /// <summary>Starts a build into <paramref name="outputFolder"/>, or returns the reason it must not be written.</summary>
    public static OutputStaging? TryBegin(string outputFolder, string contentRoot, out Finding? refusal)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var content = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot));
        refusal = null;

        // Compared as real paths: through a symbolic link, "-o link/out" can name a folder inside the content.
        var realTarget = RealPath(target);
        var realContent = RealPath(content);
        if (realTarget is null || realContent is null)
        {
            refusal = Finding.Error(FindingCodes.OutputRefused,
                $"The output folder {target} or the content folder {content} is reached through a loop of symbolic links; choose another -o.",
                SourceLocation.StartOf(target));
            return null;
        }

        if (IsSameOrInside(realTarget, realContent) || IsSameOrInside(realContent, realTarget)
            || IsSameOrInside(target, content) || IsSameOrInside(content, target))
        {
            refusal = Finding.Error(FindingCodes.OutputRefused,
                $"The output folder {target} is inside (or contains) the content folder {content}: the build never writes into content. Choose another -o, such as 'out'.",
                SourceLocation.StartOf(target));
            return null;
        }

        if (Directory.Exists(target) && !File.Exists(Path.Combine(target, MarkerFile)) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            refusal = Finding.Error(FindingCodes.OutputRefused,
                $"The output folder {target} is not empty and was not made by protokoll build (no {MarkerFile} in it); the build replaces its output folder, so it will not touch this one. Choose an empty or new folder.",
                SourceLocation.StartOf(target));
            return null;
        }

        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, Path.GetFileName(target));
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        var previous = File.Exists(Path.Combine(target, MarkerFile)) ? target : null;
        return new OutputStaging(target, staging, previous);
    }

    /// <summary>
    /// Why <paramref name="outputFolder"/> can never be a folder (it, or a folder above it, is a file or a device),
    /// or null. Asked before any work, so such a -o is a usage error at once rather than after a whole render.
    /// </summary>
    public static string? PathProblem(string outputFolder)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        for (var current = target; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (Directory.Exists(current))
            {
                return null;
            }

            if (File.Exists(current) || new FileInfo(current).LinkTarget is not null)
            {
                return current == target
                    ? $"the output folder '{outputFolder}' is a file, not a folder; choose a folder, such as 'out'."
                    : $"the output folder '{outputFolder}' cannot be made: '{current}' is a file, not a folder; choose another -o, such as 'out'.";
            }
        }

        return null;
    }

    public void Write(OutputFile file)
    {
        var path = Path.GetFullPath(Path.Combine(Root, file.RelativePath));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The output path {file.RelativePath} leaves the output folder.");
        }

        // A build writes over 11 000 files into a few hundred folders, from several threads: each folder is made once
        // (making it again for every file was 10 000 failing mkdir calls at 10 000 items).
        var folder = Path.GetDirectoryName(path)!;
        _folders.GetOrAdd(folder, f => Directory.CreateDirectory(f).Exists);
        if (_linked.TryRemove(path, out _))
        {
            // Writing into the linked name would change the previous output's file, which must stay as it was.
            File.Delete(path);
        }
        else if (_previous is not null && KeepUnchanged(Path.Combine(_previous, file.RelativePath), path, file.Content))
        {
            return;
        }

        File.WriteAllBytes(path, file.Content);
    }

    private bool KeepUnchanged(string previousPath, string path, byte[] content)
    {
        if (!HasContent(previousPath, content) || !HardLink.TryCreate(previousPath, path))
        {
            return false;
        }

        _linked.TryAdd(path, true);
        return true;
    }

    /// <summary>Whether <paramref name="path"/> is a plain file holding exactly <paramref name="content"/>.</summary>
    private static bool HasContent(string path, byte[] content)
    {
        try
        {
            // A symbolic link is never taken over, whatever it points to.
            var info = new FileInfo(path);
            if (!info.Exists || info.LinkTarget is not null || info.Length != content.Length)
            {
                return false;
            }

            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (RandomAccess.GetLength(handle) != content.Length)
            {
                return false;
            }

            var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
            try
            {
                var offset = 0;
                while (offset < content.Length)
                {
                    var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, content.Length - offset)), offset);
                    if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(offset, read)))
                    {
                        return false;
                    }

                    offset += read;
                }

                return true;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone or moved by another build's swap in the meantime: the page is simply written.
            return false;
        }
    }

    /// <summary>Swaps the staged build in: the old output is moved aside, the new one moved in, the old one deleted.</summary>
    public void Commit()
    {
        File.WriteAllText(Path.Combine(Root, MarkerFile), "This folder is written by protokoll build and replaced whole on every build.\n");
        var old = Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}.old-{Guid.NewGuid():N}");
        if (Directory.Exists(_target))
        {
            Directory.Move(_target, old);
        }

        Directory.Move(Root, _target);
        _committed = true;
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>
    /// <paramref name="path"/> with every symbolic link along it resolved (parts that do not exist yet kept as they
    /// are), or null for a loop of links.
    /// </summary>
    private static string? RealPath(string path, int depth = 0)
    {
        if (depth > 40)
        {
            return null;
        }

        var root = Path.GetPathRoot(path)!;
        var current = root;
        foreach (var part in path[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            var entry = new FileInfo(current);
            if (entry.LinkTarget is { } link)
            {
                var resolved = RealPath(Path.GetFullPath(link, Path.GetDirectoryName(current)!), depth + 1);
                if (resolved is null)
                {
                    return null;
                }

                current = resolved;
            }
        }

        return Path.TrimEndingDirectorySeparator(current);
    }

    private static bool IsSameOrInside(string path, string folder) =>
        string.Equals(path, folder, StringComparison.Ordinal) ||
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Staging and old folders of builds that were killed: never the live output.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var pattern in (string[])[$".{name}.staging-*", $".{name}.old-*"])
        {
            foreach (var leftover in Directory.EnumerateDirectories(parent, pattern))
            {
                try
                {
                    Directory.Delete(leftover, recursive: true);
                }
                catch (IOException)
                {
                    // Another build may be using it right now; it will be removed by a later build.
                }
            }
        }
    }
}
