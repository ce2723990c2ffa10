namespace Protokoll.Gen.Rendering.Views;

/// <summary>A row of the budget table.</summary>
public sealed record ProcessView(string Name, string? Owner, IReadOnlyList<CellView> Cells, decimal Total, string TotalText);
