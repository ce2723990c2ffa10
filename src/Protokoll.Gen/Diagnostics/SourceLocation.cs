namespace Protokoll.Gen.Diagnostics;

/// <summary>
/// A place in a content file: full path, 1-based line and 1-based column, counted from the file's first line
/// (front matter included), so an editor's "go to line" lands on it.
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
