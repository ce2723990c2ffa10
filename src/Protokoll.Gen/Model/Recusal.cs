namespace Protokoll.Gen.Model;

/// <summary>A jäv: the member took no part in the item, so is neither counted as present nor allowed to vote on it.</summary>
public sealed record Recusal(string Name, string? Reason, SourceMap Source);
