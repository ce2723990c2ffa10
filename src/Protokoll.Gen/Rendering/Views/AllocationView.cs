namespace Protokoll.Gen.Rendering.Views;

/// <summary>Money an item moves to one process and stage, with the line it was written on.</summary>
public sealed record AllocationView(string Process, string? Stage, string? StageLabel, decimal Amount, string AmountText, string Source);
