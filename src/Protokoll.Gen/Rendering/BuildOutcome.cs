using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Rendering.Output;

namespace Protokoll.Gen.Rendering;

/// <summary>The result of <see cref="SiteBuild.RunAsync"/>: status, every finding (content, template, step) and the files written.</summary>
public sealed record BuildOutcome(BuildStatus Status, IReadOnlyList<Finding> Findings, IReadOnlyList<WrittenFile> Files, Analysis? Analysis);
