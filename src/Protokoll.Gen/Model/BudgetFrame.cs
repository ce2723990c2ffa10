using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Model;

/// <summary>One year's budget frame, from <c>budgets/&lt;year&gt;.yml</c>.</summary>
public sealed record BudgetFrame
{
    public required int Year { get; init; }
    public string Title { get; init; } = "";
    public required decimal Total { get; init; }
    public IReadOnlyList<BudgetStage> Stages { get; init; } = [];
    public IReadOnlyList<BudgetProcess> Processes { get; init; } = [];
    public IReadOnlyList<Allocation> Allocations { get; init; } = [];
    public required string File { get; init; }
    public required SourceMap Source { get; init; }

    public SourceLocation Location => Source.Start;

    public BudgetProcess? FindProcess(string name) =>
        Processes.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    public BudgetStage? FindStage(string key) =>
        Stages.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.Ordinal));

    /// <summary>The stage an allocation lands on: its own, or the only one when the budget has a single stage.</summary>
    public string? ResolveStage(string? stage) => stage ?? (Stages.Count == 1 ? Stages[0].Key : null);
}
