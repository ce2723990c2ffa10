namespace Protokoll.Gen.Model;

/// <summary>
/// A reservation against the item's decision: blank (a name only) or with a reason; <see cref="Written"/> when the
/// member handed in a written reservation, which is attached to the minutes.
/// </summary>
public sealed record Reservation(string Name, string? Reason, bool Written, SourceMap Source);
