namespace Protokoll.Gen.Model;

/// <summary>Whether the minutes are still a draft or have been adjusted (justerat, signed by the adjusters).</summary>
public enum AdjustmentStatus
{
    Draft,
    Adjusted,
}
