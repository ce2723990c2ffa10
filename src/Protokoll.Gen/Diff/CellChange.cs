namespace Protokoll.Gen.Diff;

/// <summary>A process and stage of a year's budget whose amount changed.</summary>
public sealed record CellChange(int Year, string Process, string Stage, string StageLabel, decimal Before, decimal After)
{
    public decimal Change => After - Before;
}
