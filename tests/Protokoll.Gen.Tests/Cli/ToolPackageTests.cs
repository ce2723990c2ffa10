using System.Diagnostics;
using System.Text.RegularExpressions;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Cli;

/// <summary>
/// The tool as users get it: packed, installed from the package into a tool path (from a local source only, so no
/// network), then run. Slow next to the other tests (it builds a Release package), so it is a single test.
/// </summary>
public sealed partial class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_and_runs_version_and_check()
    {
        using var temp = TempContent.Empty();
        var packages = Path.Combine(temp.Directory, "packages");
        var tools = Path.Combine(temp.Directory, "tools");
        var environment = new Dictionary<string, string>
        {
            // A private package cache, so a package of the same version installed before is never picked up instead.
            ["NUGET_PACKAGES"] = Path.Combine(temp.Directory, "nuget-cache"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        File.WriteAllText(Path.Combine(temp.Directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);

        Run(RepositoryPaths.Root, environment, "pack", Path.Combine("src", "Protokoll.Gen.Cli"), "-c", "Release", "--no-restore", "-o", packages);
        var package = Assert.Single(Directory.GetFiles(packages, "Protokoll.Gen.Cli.*.nupkg"));
        var version = PackageVersion().Match(Path.GetFileName(package)).Groups["version"].Value;
        Run(temp.Directory, environment, "tool", "install", "Protokoll.Gen.Cli", "--tool-path", tools, "--add-source", packages,
            "--version", version, "--configfile", Path.Combine(temp.Directory, "nuget.config"));

        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "protokoll.exe" : "protokoll");
        var versionRun = Run(temp.Directory, environment, tool, "--version");
        var checkRun = Run(temp.Directory, environment, tool, "check", RepositoryPaths.SampleContent);

        Assert.Equal(version + "\n", versionRun.Output.ReplaceLineEndings("\n"));
        Assert.Equal("No findings.\n", checkRun.Output.ReplaceLineEndings("\n"));
    }

    private static CliRun Run(string directory, Dictionary<string, string> environment, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program == "pack" || program == "tool" ? "dotnet" : program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (program is "pack" or "tool")
        {
            start.ArgumentList.Add(program);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        // The tool's launcher finds the runtime through DOTNET_ROOT: the one running these tests.
        start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location))))!;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish.");
        }

        var run = new CliRun(process.ExitCode, output.Result, error.Result);
        Assert.True(run.ExitCode == 0, $"{program} {string.Join(' ', args)} failed ({run.ExitCode}):\n{run.Output}\n{run.Error}");
        return run;
    }

    [GeneratedRegex(@"^Protokoll\.Gen\.Cli\.(?<version>\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex PackageVersion();
}
