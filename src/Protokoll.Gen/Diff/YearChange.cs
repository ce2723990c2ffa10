namespace Protokoll.Gen.Diff;

/// <summary>
/// A budget year's total, reserved and remaining before and after. A year without a budget on one side counts
/// zero there, so a new budget file reads as "0 → total".
/// </summary>
public sealed record YearChange(int Year, decimal TotalBefore, decimal TotalAfter, decimal ReservedBefore, decimal ReservedAfter)
{
    public decimal RemainingBefore => TotalBefore - ReservedBefore;
    public decimal RemainingAfter => TotalAfter - ReservedAfter;
    public bool IsChanged => TotalBefore != TotalAfter || ReservedBefore != ReservedAfter;
}
