using System.Text;
using System.Text.RegularExpressions;

namespace Protokoll.Gen.Git;

/// <summary>
/// Reads revisions with the <c>git</c> program (<c>ls-tree</c> and <c>cat-file --batch</c>): raw blobs, no
/// <c>export-ignore</c> or filters, and it works in any clone git itself can read, shallow ones included.
/// Paths it returns are built from the content folder as the caller named it, so they match the loader's paths.
/// </summary>
public sealed partial class GitRevisionReader : IRevisionReader
{
    private const string SymlinkMode = "120000";

    private readonly string _contentRoot;

    private GitRevisionReader(string contentRoot, string prefix, bool shallow)
    {
        _contentRoot = contentRoot;
        ContentPrefix = prefix;
        IsShallow = shallow;
        var depth = prefix.Count(c => c == '/');
        var root = contentRoot;
        for (var i = 0; i < depth; i++)
        {
            root = Path.GetDirectoryName(root)!;
        }

        RepositoryRoot = root;
    }

    public string ContentPrefix { get; }

    /// <summary>The repository's top folder, reached by walking up from the content folder.</summary>
    public string RepositoryRoot { get; }

    /// <summary>Whether the clone is shallow (CI's default), where older revisions are often missing.</summary>
    public bool IsShallow { get; }

    /// <summary>The repository that holds <paramref name="contentRoot"/>; throws when there is none or no git.</summary>
    public static GitRevisionReader Open(string contentRoot)
    {
        contentRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot));
        var prefix = GitProcess.Run(contentRoot, ["rev-parse", "--show-prefix"]);
        if (prefix.ExitCode != 0)
        {
            throw new GitException($"The content folder is not inside a git repository ({prefix.Error.Trim()}): comparing revisions needs one.");
        }

        var shallow = GitProcess.Run(contentRoot, ["rev-parse", "--is-shallow-repository"]);
        return new GitRevisionReader(contentRoot, prefix.OutputText.Trim(), shallow.OutputText.Trim() == "true");
    }

    /// <summary>The repository, or null when the folder is not in one or git is not installed.</summary>
    public static GitRevisionReader? TryOpen(string contentRoot)
    {
        try
        {
            return Open(contentRoot);
        }
        catch (GitException)
        {
            return null;
        }
    }

    public ContentSnapshot ReadContent(string revision)
    {
        var commit = ResolveCommit(revision);
        var folder = Directory.CreateTempSubdirectory("protokoll-revision-").FullName;
        var snapshot = new ContentSnapshot(folder, revision);
        try
        {
            // "<commit>:<path>" names the content folder's tree, so listed paths are relative to the content folder.
            var tree = $"{commit}:{ContentPrefix.TrimEnd('/')}";
            var kind = GitProcess.Run(RepositoryRoot, ["cat-file", "-t", tree]);
            if (kind.ExitCode != 0 || kind.OutputText.Trim() != "tree")
            {
                // The folder did not exist then: an empty folder, so everything in it now reads as added.
                return snapshot;
            }

            var blobs = ListBlobs(tree);
            WriteBlobs(folder, blobs);
            return snapshot;
        }
        catch
        {
            snapshot.Dispose();
            throw;
        }
    }

    public IReadOnlySet<string> ChangedFiles(string revision)
    {
        var commit = ResolveCommit(revision);
        string[] paths = ContentPrefix.Length == 0 ? [] : [ContentPrefix];
        var changed = Succeed(GitProcess.Run(RepositoryRoot, ["diff", "--name-only", "-z", "--no-renames", commit, "--", .. paths]));
        var untracked = Succeed(GitProcess.Run(RepositoryRoot, ["ls-files", "--others", "--exclude-standard", "-z", "--", .. paths]));
        return SplitNul(changed.OutputText).Concat(SplitNul(untracked.OutputText))
            .Where(path => path.StartsWith(ContentPrefix, StringComparison.Ordinal))
            .Select(path => Path.Combine(_contentRoot, path[ContentPrefix.Length..].Replace('/', Path.DirectorySeparatorChar)))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The full commit id of <paramref name="revision"/>, or a message saying how to fetch it.</summary>
    public string ResolveCommit(string revision)
    {
        var resolved = GitProcess.Run(RepositoryRoot, ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"]);
        if (resolved.ExitCode == 0)
        {
            return resolved.OutputText.Trim();
        }

        var why = IsShallow ? " This is a shallow clone (the default of CI checkouts), which holds only the newest commits." : "";
        throw new GitException(
            $"The revision '{revision}' is not in this repository.{why} Fetch it first with 'git fetch --depth=1 origin {FetchTarget(revision)}', " +
            "or check out the whole history (actions/checkout with 'fetch-depth: 0'; GitLab: GIT_DEPTH: 0).");
    }

    /// <summary>What to fetch so that <paramref name="revision"/> resolves afterwards: a commit id as is, a branch into its ref.</summary>
    private static string FetchTarget(string revision)
    {
        if (CommitId().IsMatch(revision))
        {
            return revision;
        }

        var branch = revision.StartsWith("origin/", StringComparison.Ordinal) ? revision["origin/".Length..] : revision;
        return $"{branch}:refs/remotes/origin/{branch}";
    }

    private List<(string Id, string Path)> ListBlobs(string tree)
    {
        var listing = Succeed(GitProcess.Run(RepositoryRoot, ["ls-tree", "-r", "-z", tree]));
        var blobs = new List<(string, string)>();
        foreach (var entry in SplitNul(listing.OutputText))
        {
            // "<mode> SP <type> SP <id> TAB <path>"; symlinks and submodules are not content files.
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var fields = entry[..tab].Split(' ');
            if (fields[1] == "blob" && fields[0] != SymlinkMode)
            {
                blobs.Add((fields[2], entry[(tab + 1)..]));
            }
        }

        return blobs;
    }

    private void WriteBlobs(string folder, List<(string Id, string Path)> blobs)
    {
        var request = Encoding.ASCII.GetBytes(string.Concat(blobs.Select(b => b.Id + "\n")));
        var batch = Succeed(GitProcess.Run(RepositoryRoot, ["cat-file", "--batch"], request));
        var output = batch.Output;
        var position = 0;
        foreach (var (_, path) in blobs)
        {
            // Each object comes as "<id> blob <size>\n<bytes>\n".
            var headerEnd = Array.IndexOf(output, (byte)'\n', position);
            var header = Encoding.ASCII.GetString(output, position, headerEnd - position).Split(' ');
            if (header.Length != 3)
            {
                throw new GitException($"git cannot read '{path}' at this revision ({string.Join(' ', header)}).");
            }

            var size = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
            var target = Path.GetFullPath(Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar)));
            if (!target.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new GitException($"The revision holds a path outside its folder ('{path}'); refusing to write it.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, output.AsSpan(headerEnd + 1, size).ToArray());
            position = headerEnd + 1 + size + 1;
        }
    }

    private static GitProcess Succeed(GitProcess run) =>
        run.ExitCode == 0 ? run : throw new GitException($"git failed: {run.Error.Trim()}");

    private static string[] SplitNul(string text) => text.Split('\0', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex("^[0-9a-f]{7,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex CommitId();
}
