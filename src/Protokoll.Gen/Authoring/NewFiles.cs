using System.Text;

namespace Protokoll.Gen.Authoring;

/// <summary>
/// Files an authoring command is about to create. Nothing is written until every path is known to be free, and
/// each file is then created with <see cref="FileMode.CreateNew"/>: an existing file is never overwritten, even
/// one that appears between the check and the write.
/// </summary>
public sealed class NewFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly List<(string Path, string Text)> _files = [];

    public IReadOnlyList<string> Paths => _files.Select(f => f.Path).ToArray();

    public void Add(string path, string text) => _files.Add((Path.GetFullPath(path), text.ReplaceLineEndings("\n")));

    public string TextOf(string path) => _files.Single(f => f.Path == Path.GetFullPath(path)).Text;

    /// <summary>The first planned file that already exists, or null when all are free.</summary>
    public string? FirstExisting() => _files.Select(f => f.Path).FirstOrDefault(p => File.Exists(p) || Directory.Exists(p));

    /// <summary>Creates every file; throws <see cref="IOException"/> if one exists after all.</summary>
    public void Write()
    {
        if (FirstExisting() is { } existing)
        {
            throw new IOException($"{existing} already exists; it is not overwritten.");
        }

        foreach (var (path, text) in _files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            var bytes = Utf8.GetBytes(text);
            stream.Write(bytes);
        }
    }
}
