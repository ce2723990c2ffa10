using System.Globalization;

namespace Protokoll.Gen.Pdf.Tests;

/// <summary>Independent of the library's own clean-up code, so the clean-up is checked rather than trusted.</summary>
internal static class BrowserProcesses
{
    /// <summary>Processes whose command line names the profile: the browser and most of its helpers.</summary>
    public static IReadOnlyList<string> Using(string userDataDirectory) =>
        Snapshot().Where(process => process.Value.CommandLine.Contains(userDataDirectory, StringComparison.Ordinal))
            .Select(process => $"{process.Key}: {process.Value.CommandLine}")
            .ToList();

    /// <summary>Those processes plus all their descendants (zygotes and renderers do not all name the profile).</summary>
    public static IReadOnlyDictionary<int, string> Tree(string userDataDirectory)
    {
        var all = Snapshot();
        var tree = all.Where(process => process.Value.CommandLine.Contains(userDataDirectory, StringComparison.Ordinal))
            .ToDictionary(process => process.Key, process => process.Value.CommandLine);
        bool grew;
        do
        {
            grew = false;
            foreach (var (pid, (parent, commandLine)) in all)
            {
                if (!tree.ContainsKey(pid) && tree.ContainsKey(parent))
                {
                    tree[pid] = commandLine;
                    grew = true;
                }
            }
        }
        while (grew);

        return tree;
    }

    /// <summary>Members of an earlier <see cref="Tree"/> still alive; zombies have an empty command line and do not count.</summary>
    public static IReadOnlyList<string> StillRunning(IReadOnlyDictionary<int, string> earlier)
    {
        var now = Snapshot();
        return earlier.Where(process => now.TryGetValue(process.Key, out var current) && current.CommandLine == process.Value)
            .Select(process => $"{process.Key}: {process.Value}")
            .ToList();
    }

    private static Dictionary<int, (int Parent, string CommandLine)> Snapshot()
    {
        Assert.True(OperatingSystem.IsLinux(), "The process checks read /proc and run on Linux (as CI does).");
        var processes = new Dictionary<int, (int, string)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ').Trim();
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));

                // The command name in stat may contain spaces and parentheses; the fields after the last ')' do not.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (commandLine.Length > 0)
                {
                    processes[pid] = (int.Parse(fields[1], CultureInfo.InvariantCulture), commandLine);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        return processes;
    }
}
