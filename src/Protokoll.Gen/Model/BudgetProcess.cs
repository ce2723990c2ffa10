using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Model;

/// <summary>One budget line that may receive money in a year.</summary>
public sealed record BudgetProcess(string Name, string? Owner, SourceLocation Location);
