using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Protokoll.Gen.Tests.Support;

/// <summary>
/// A <c>protokoll</c> command that keeps running (<c>serve</c>, <c>build --watch</c>), started as a separate process
/// the way a user starts it. Its output is collected line by line so a test can wait for what it prints. Dispose
/// kills it (and anything it started) if it is still running, so no test leaves a process behind.
/// </summary>
public sealed class RunningCli : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly List<string> _error = [];

    private RunningCli(Process process)
    {
        _process = process;
    }

    public string Output => Collected(_output);

    public string Error => Collected(_error);

    public static RunningCli Start(string workingDirectory, params string[] args)
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

        var process = new Process { StartInfo = start };
        var running = new RunningCli(process);
        process.OutputDataReceived += (_, e) => Collect(running._output, e.Data);
        process.ErrorDataReceived += (_, e) => Collect(running._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>Waits until standard output matches <paramref name="pattern"/> and returns the match.</summary>
    public Match WaitForOutput(string pattern, int occurrence = 1) =>
        Eventually.Get(() =>
        {
            var matches = Regex.Matches(Output, pattern);
            return matches.Count >= occurrence ? matches[occurrence - 1] : null;
        }, $"protokoll printed '{pattern}' {occurrence} time(s)", this);

    /// <summary>Waits until standard error contains <paramref name="text"/>.</summary>
    public void WaitForError(string text) =>
        Eventually.Get(() => Error.Contains(text, StringComparison.Ordinal) ? text : null, $"protokoll printed '{text}' on standard error", this);

    /// <summary>Sends what Ctrl-C sends (SIGINT) and waits for the process to end; returns its exit code.</summary>
    public int Interrupt()
    {
        SendInterrupt();
        if (!_process.WaitForExit(Eventually.Deadline))
        {
            throw new TimeoutException($"protokoll did not stop within {Eventually.Deadline} of Ctrl-C.\n{Describe()}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    public string Describe() => $"stdout:\n{Output}\nstderr:\n{Error}";

    /// <summary>Stops the process as Ctrl-C does, so it can clean up after itself; kills it if that does not work.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited && !OperatingSystem.IsWindows())
            {
                SendInterrupt();
                _process.WaitForExit(TimeSpan.FromSeconds(5));
            }

            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // It ended on its own between the check and the kill.
        }

        _process.Dispose();
    }

    private void SendInterrupt()
    {
        using var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static void Collect(List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(line);
        }
    }

    private static string Collected(List<string> lines)
    {
        lock (lines)
        {
            return string.Join('\n', lines) + (lines.Count > 0 ? "\n" : "");
        }
    }
}
