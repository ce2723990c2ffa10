namespace Protokoll.Gen.Git;

/// <summary>
/// Reads the content folder as it was at a revision, and which of its files changed since one. The diff and the
/// changed-since filter depend on this interface only, so they are tested without a repository.
/// </summary>
public interface IRevisionReader
{
    /// <summary>The content folder's path from the repository root, with '/' and a trailing '/' ("" at the root).</summary>
    string ContentPrefix { get; }

    /// <summary>The content folder at <paramref name="revision"/>, in a temporary folder deleted on dispose.</summary>
    ContentSnapshot ReadContent(string revision);

    /// <summary>
    /// Full paths, under the content folder, of the files that differ between <paramref name="revision"/> and the
    /// working tree (committed, staged or not) and of the untracked files that git does not ignore.
    /// </summary>
    IReadOnlySet<string> ChangedFiles(string revision);
}
