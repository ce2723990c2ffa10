namespace Protokoll.Gen.Git;

/// <summary>
/// A git call that cannot give the content asked for (no repository, no git, a revision this clone lacks), with a
/// message that tells the user what to run: the CLI prints it and exits 2, as for any other missing input.
/// </summary>
public sealed class GitException : Exception
{
    public GitException()
    {
    }

    public GitException(string message)
        : base(message)
    {
    }

    public GitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
