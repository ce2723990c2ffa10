namespace Protokoll.Gen.Rendering.Views;

/// <summary>One ledger entry: what was reserved, where it was decided, and where it is written.</summary>
public sealed record EntryView(string Process, string StageLabel, string AmountText, string? Meeting, string? Item, string Source);
