namespace Protokoll.Gen.Tests.Support;

/// <summary>A test that sends POSIX signals (Ctrl-C is SIGINT) with the <c>kill</c> program; Windows has neither.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Sends SIGINT with the kill program, which Windows does not have.";
        }
    }
}
