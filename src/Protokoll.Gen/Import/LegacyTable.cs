namespace Protokoll.Gen.Import;

/// <summary>
/// A legacy budget table as printed: "Total budget 2022 | 1 000 000,00 kr | Reserverat belopp | … | Kvar belopp | …",
/// a header of stage labels, a row per process, and a totals row. Every figure keeps its line and column.
/// </summary>
public sealed record LegacyTable
{
    public required int Year { get; init; }

    /// <summary>The budget's heading, from the section around the table ("Budget Nätverksprocesser"), when there is one.</summary>
    public string? Title { get; init; }
    public required LegacyCell Total { get; init; }
    public LegacyCell? Reserved { get; init; }
    public LegacyCell? Remaining { get; init; }
    public required IReadOnlyList<(string Key, string Label)> Stages { get; init; }
    public required IReadOnlyList<LegacyRow> Rows { get; init; }

    /// <summary>The printed totals per stage, in stage order; null where the table has no totals row.</summary>
    public IReadOnlyList<LegacyCell>? StageTotals { get; init; }
    public required int FirstLine { get; init; }
    public required int LastLine { get; init; }
}
