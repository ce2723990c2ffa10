using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;
using Protokoll.Gen.Rendering.Output;

namespace Protokoll.Gen.Rendering;

/// <summary>
/// What <see cref="BuildRequest.BeforeCommit"/> gets: the staging folder with every rendered file already written,
/// those files, the content's settings (so a step can honour a setting such as <c>pdf: true</c>), and the build's
/// findings, to which the step adds its own.
/// </summary>
public sealed record BuildStep(OutputStaging Staging, IReadOnlyList<WrittenFile> Files, ProtokollSettings Settings, List<Finding> Findings);
