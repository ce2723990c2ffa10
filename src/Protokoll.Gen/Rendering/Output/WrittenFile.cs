namespace Protokoll.Gen.Rendering.Output;

/// <summary>
/// A file a build has handed to its output: the path below the output folder and, for HTML pages, what a PDF of it
/// needs. The bytes are not kept: a 10 000-item build writes about 380 MB.
/// </summary>
public sealed record WrittenFile(string RelativePath, DocumentInfo? Document)
{
    public static WrittenFile Of(OutputFile file) => new(file.RelativePath, file.Document);
}
