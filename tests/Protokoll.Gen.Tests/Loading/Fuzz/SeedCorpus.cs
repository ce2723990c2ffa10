using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Loading.Fuzz;

/// <summary>The sample's content files, as bytes: every kind of file the loader reads, as real minutes write them.</summary>
internal static class SeedCorpus
{
    /// <summary>Paths relative to the content folder, with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> Files { get; } = Directory
        .EnumerateFiles(RepositoryPaths.SampleContent, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(RepositoryPaths.SampleContent, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static byte[] Bytes(string relative) => File.ReadAllBytes(Path.Combine(RepositoryPaths.SampleContent, relative));
}
