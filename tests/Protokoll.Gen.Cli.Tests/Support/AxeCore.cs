using System.Diagnostics;

namespace Protokoll.Gen.Cli.Tests.Support;

/// <summary>
/// axe-core, the accessibility rule engine, from npm. It is installed once into a cache folder outside the repository
/// (.ci/run does it before the tests; a developer machine gets it on the first run), never into node_modules here.
/// </summary>
internal static class AxeCore
{
    public const string Version = "4.14.1";

    /// <summary>The folder npm installs into: PROTOKOLL_AXE_DIR, else ~/.cache/protokoll-gen/axe-core-VERSION.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("PROTOKOLL_AXE_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache
                ? cache
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "protokoll-gen", $"axe-core-{Version}");

    private static readonly Lazy<string> Installed = new(Install);

    /// <summary>axe.min.js, installing it first when it is not there yet.</summary>
    public static string ScriptPath => Installed.Value;

    private static string Install()
    {
        var script = Path.Combine(Folder, "node_modules", "axe-core", "axe.min.js");
        if (File.Exists(script))
        {
            return script;
        }

        Directory.CreateDirectory(Folder);
        var start = new ProcessStartInfo("npm") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["install", "--no-audit", "--no-fund", "--no-save", "--prefix", Folder, $"axe-core@{Version}"])
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var npm = Process.Start(start)!;
            var error = npm.StandardError.ReadToEndAsync();
            var output = npm.StandardOutput.ReadToEnd();
            Assert.True(npm.WaitForExit(TimeSpan.FromMinutes(3)), "npm install axe-core did not finish in 3 minutes");
            Assert.True(npm.ExitCode == 0, $"npm install axe-core@{Version} failed: {output}{error.Result}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"The accessibility tests need npm to install axe-core ({e.Message}): `apt-get install nodejs npm`, or run .ci/run.");
        }

        Assert.True(File.Exists(script), $"npm installed axe-core but {script} is missing");
        return script;
    }
}
