namespace Protokoll.Gen.Rendering.Views;

/// <summary>A cell of the budget table and the file:line of every amount summed in it, for the auditor.</summary>
public sealed record CellView(string Stage, decimal Amount, string AmountText, IReadOnlyList<string> Sources);
