namespace Protokoll.Gen.Tests.Support;

/// <summary>
/// A content folder in a fresh temporary directory, deleted on dispose: a copy of the sample, or one built file
/// by file, so each test changes exactly what it is about.
/// </summary>
public sealed class TempContent : IDisposable
{
    private TempContent(string directory)
    {
        Directory = directory;
        Root = Path.Combine(directory, "content");
        System.IO.Directory.CreateDirectory(Root);
    }

    /// <summary>The temporary directory holding <see cref="Root"/> (and room for an output folder beside it).</summary>
    public string Directory { get; }

    /// <summary>The content folder.</summary>
    public string Root { get; }

    public static TempContent Empty() =>
        new(System.IO.Directory.CreateTempSubdirectory("protokoll-test-").FullName);

    /// <summary>A copy of the repository's sample content.</summary>
    public static TempContent FromSample()
    {
        var content = Empty();
        CopyDirectory(RepositoryPaths.SampleContent, content.Root);
        return content;
    }

    /// <summary>A minimal valid folder: settings, a 2022 budget with two stages and three processes, one meeting.</summary>
    public static TempContent Minimal()
    {
        var content = Empty();
        content.Write("protokoll.yml", "organisation: Testnätverket\nbody: Styrgruppen\n");
        content.Write("budgets/2022.yml", """
            year: 2022
            title: Testbudget
            total: 100000
            stages:
              - key: step1
                label: Steg 1
              - key: process
                label: Budget process
            processes:
              - KEEN
              - Matvård
              - name: Projektberedskap
                owner: Lindesbergs kommun
            """);
        content.Write("meetings/2022-03-08-styrgrupp/meeting.yml", "date: 2022-03-08\n");
        return content;
    }

    /// <summary>
    /// The sample numbers § through the year; tests about many meetings of their own, or about numbering within one
    /// meeting, switch to per-meeting numbering.
    /// </summary>
    public void UsePerMeetingNumbering() =>
        Write("protokoll.yml", File.ReadAllText(PathOf("protokoll.yml")).Replace("numbering: per-year", "numbering: per-meeting", StringComparison.Ordinal));

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>An item file in the minimal folder's meeting: front matter lines, then an optional body.</summary>
    public string WriteItem(string fileName, string frontMatter, string body = "", string meeting = "2022-03-08-styrgrupp") =>
        Write($"meetings/{meeting}/{fileName}", $"---\n{frontMatter.ReplaceLineEndings("\n").TrimEnd('\n')}\n---\n{body}");

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test for it would hide the real result.
        }
    }

    public static void CopyDirectory(string source, string target)
    {
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
