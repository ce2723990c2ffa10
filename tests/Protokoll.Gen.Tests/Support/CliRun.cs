using System.Diagnostics;
using Protokoll.Gen.Cli;

namespace Protokoll.Gen.Tests.Support;

/// <summary>The outcome of one <c>protokoll</c> run: exit code and everything printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the CLI in this process (fast; for output and exit-code assertions).</summary>
    public static CliRun InProcess(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = ProtokollCli.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs the built <c>protokoll</c> program as a separate process, the way CI and users run it, with a bound on
    /// its run time so a hang fails the test instead of stalling the suite.
    /// </summary>
    public static CliRun AsProcess(string workingDirectory, params string[] args) =>
        AsProcess(workingDirectory, TimeSpan.FromMinutes(2), null, args);

    public static CliRun AsProcess(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "protokoll.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"protokoll {string.Join(' ', args)} did not finish within {timeout}.");
        }

        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}
