namespace Protokoll.Gen.Rendering.Output;

/// <summary>One file of a build: its path below the output folder (forward slashes), its bytes, and for HTML pages what a PDF of it needs.</summary>
public sealed record OutputFile(string RelativePath, byte[] Content, DocumentInfo? Document = null);
