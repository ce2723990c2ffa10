using System.Diagnostics;
using System.Runtime.Versioning;

namespace Protokoll.Gen.Pdf;

/// <summary>
/// Last line of defence after a browser was killed: helper processes that were re-parented before the tree kill
/// reached them are found by this printer's unique profile path, which only its own processes carry.
/// </summary>
internal static class ChromiumProcesses
{
    [SupportedOSPlatform("linux")]
    public static IReadOnlyList<int> Using(string userDataDirectory)
    {
        var needle = "--user-data-dir=" + userDataDirectory;
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(needle, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }

        return found;
    }

    [SupportedOSPlatform("linux")]
    public static void KillThoseUsing(string userDataDirectory)
    {
        foreach (var pid in Using(userDataDirectory))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
                process.WaitForExit(TimeSpan.FromSeconds(5));
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Exited between the scan and the kill.
            }
        }
    }
}
