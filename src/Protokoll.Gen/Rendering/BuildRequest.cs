namespace Protokoll.Gen.Rendering;

/// <summary>
/// What to build and where. <see cref="TemplatesFolder"/> overrides <c>templates:</c> of protokoll.yml.
/// <see cref="BeforeCommit"/> runs on the staged files (for example to print PDFs beside them); returning false,
/// or adding an error finding, abandons the build and leaves the previous output as it was.
/// <see cref="Edition"/> is internal (everything) unless the public edition is asked for.
/// </summary>
public sealed record BuildRequest(string ContentRoot, string OutputFolder, string? TemplatesFolder = null, Edition Edition = Edition.Internal)
{
    public Func<BuildStep, CancellationToken, Task<bool>>? BeforeCommit { get; init; }
}
