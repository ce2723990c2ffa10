using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Rendering.Output;

namespace Protokoll.Gen.Rendering;

/// <summary>The files a build rendered and handed on, in a fixed order, and the template findings.</summary>
public sealed record SiteBuildResult(IReadOnlyList<WrittenFile> Files, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.IsError);
}
