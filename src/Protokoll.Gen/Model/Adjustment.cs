namespace Protokoll.Gen.Model;

/// <summary>
/// The justering of a meeting's minutes: where and when (planned while <see cref="Status"/> is draft, done once it
/// is adjusted).
/// </summary>
public sealed record Adjustment(string? Place, DateOnly? Date, AdjustmentStatus Status, SourceMap Source)
{
    /// <summary>The day the minutes were adjusted, or null while they are not.</summary>
    public DateOnly? AdjustedOn => Status == AdjustmentStatus.Adjusted ? Date : null;
}
