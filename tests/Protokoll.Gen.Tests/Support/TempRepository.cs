using System.Diagnostics;

namespace Protokoll.Gen.Tests.Support;

/// <summary>
/// A git repository around a <see cref="TempContent"/> folder (the content in <c>content/</c>, as in this
/// repository), deleted on dispose. Commits carry their own identity, so tests need no global git configuration.
/// </summary>
public sealed class TempRepository : IDisposable
{
    private TempRepository(TempContent content)
    {
        Content = content;
        Git("init", "-q");
    }

    public TempContent Content { get; }

    /// <summary>The repository's top folder; the content folder is <c>content/</c> inside it.</summary>
    public string Root => Content.Directory;

    public static TempRepository Minimal() => new(TempContent.Minimal());

    public static TempRepository FromSample() => new(TempContent.FromSample());

    /// <summary>Commits everything in the working tree and returns the commit's id.</summary>
    public string Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
        return Git("rev-parse", "HEAD");
    }

    public string Git(params string[] args) => Run(Root, args);

    /// <summary>Runs git in <paramref name="directory"/>; fails the test with git's message when git fails.</summary>
    public static string Run(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var setting in new[] { "user.name=Protokoll Test", "user.email=test@protokoll.invalid", "commit.gpgsign=false", "init.defaultBranch=main", "protocol.file.allow=always" })
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(setting);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {error.Result}");
        return output.Result.Trim();
    }

    public void Dispose() => Content.Dispose();
}
