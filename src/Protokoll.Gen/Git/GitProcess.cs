using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Protokoll.Gen.Git;

/// <summary>One run of the <c>git</c> program: arguments in, exit code, stdout bytes and stderr text out.</summary>
internal sealed record GitProcess(int ExitCode, byte[] Output, string Error)
{
    public string OutputText => Encoding.UTF8.GetString(Output);

    public static GitProcess Run(string workingDirectory, IEnumerable<string> arguments, byte[]? input = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Never wait for a password prompt in CI, and never take the index lock for a read-only question.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitException("The git program could not be started.");
        }
        catch (Win32Exception exception)
        {
            throw new GitException("The git program is not installed (or not on PATH); diff and --changed-since read revisions with it.", exception);
        }

        using (process)
        {
            // Both pipes are drained while stdin is written, so a large batch cannot dead-lock on a full buffer.
            using var output = new MemoryStream();
            var outputCopy = process.StandardOutput.BaseStream.CopyToAsync(output);
            var error = process.StandardError.ReadToEndAsync();
            using (var stdin = process.StandardInput.BaseStream)
            {
                if (input is not null)
                {
                    stdin.Write(input);
                }
            }

            outputCopy.GetAwaiter().GetResult();
            process.WaitForExit();
            return new GitProcess(process.ExitCode, output.ToArray(), error.GetAwaiter().GetResult());
        }
    }
}
