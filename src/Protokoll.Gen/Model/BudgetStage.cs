namespace Protokoll.Gen.Model;

/// <summary>One amount column of the budget table ("Steg 1", "Budget process").</summary>
public sealed record BudgetStage(string Key, string Label);
