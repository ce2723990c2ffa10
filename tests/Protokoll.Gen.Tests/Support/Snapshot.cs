using System.Runtime.CompilerServices;

namespace Protokoll.Gen.Tests.Support;

/// <summary>
/// Snapshot assertions that follow Verify's file conventions (<c>Type.Method.verified.ext</c> beside the test,
/// <c>.received.ext</c> written on a mismatch), since the Verify package cannot be restored here: moving to Verify
/// later is a rename. Set PROTOKOLL_ACCEPT=1 to accept received files as verified.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, string extension, string? name = null, [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var stem = $"{Path.GetFileNameWithoutExtension(testFile)}.{name ?? testMethod}";
        var verified = Path.Combine(directory, $"{stem}.verified.{extension}");
        var received = Path.Combine(directory, $"{stem}.received.{extension}");
        var normalised = actual.ReplaceLineEndings("\n");

        if (File.Exists(verified) && File.ReadAllText(verified) == normalised)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("PROTOKOLL_ACCEPT") == "1")
        {
            File.WriteAllText(verified, normalised);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalised);
        Assert.Fail(File.Exists(verified)
            ? $"Snapshot mismatch: compare {received} with {verified}; if the change is intended, accept it (PROTOKOLL_ACCEPT=1)."
            : $"No verified snapshot yet: review {received} and accept it (PROTOKOLL_ACCEPT=1).");
    }
}
