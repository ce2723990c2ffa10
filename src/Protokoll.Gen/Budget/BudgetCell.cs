namespace Protokoll.Gen.Budget;

/// <summary>One cell of the budget table: a process's amount in a stage, and the entries that add up to it.</summary>
public sealed record BudgetCell(string Stage, decimal Amount, IReadOnlyList<LedgerEntry> Entries);
