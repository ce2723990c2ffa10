namespace Protokoll.Gen.Tests.Support;

/// <summary>
/// A test of POSIX behaviour: signals sent with the <c>kill</c> program (Ctrl-C is SIGINT), or symbolic links, which
/// Windows makes only with extra privileges.
/// </summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Needs POSIX signals or unprivileged symbolic links, which Windows does not have.";
        }
    }
}
