using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Rendering.Output;

namespace Protokoll.Gen.Rendering;

/// <summary>The rendered files of a build, or the template findings that stopped it.</summary>
public sealed record SiteBuildResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.IsError);
}
