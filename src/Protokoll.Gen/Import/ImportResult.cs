using Protokoll.Gen.Authoring;
using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Import;

/// <summary>
/// What an import would write, the findings in the legacy file (arithmetic that does not add up, text that could
/// not be mapped and was kept in a body), and notes on every choice made, for the secretary to review.
/// </summary>
public sealed record ImportResult(NewFiles Files, IReadOnlyList<Finding> Findings, IReadOnlyList<string> Notes)
{
    public bool HasErrors => Findings.Any(f => f.IsError);
}
