namespace Protokoll.Gen.Git;

/// <summary>A content folder materialised from a revision in a temporary folder, deleted on dispose.</summary>
public sealed class ContentSnapshot : IDisposable
{
    public ContentSnapshot(string root, string revision)
    {
        Root = root;
        Revision = revision;
    }

    /// <summary>The folder the loader reads: what the content folder held at <see cref="Revision"/>.</summary>
    public string Root { get; }

    public string Revision { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; failing the command for it would hide its result.
        }
    }
}
