namespace Protokoll.Gen.Budget;

/// <summary>A stage column's total ("Steg 1": 75 810,00 kr).</summary>
public sealed record StageTotal(string Key, string Label, decimal Total);
