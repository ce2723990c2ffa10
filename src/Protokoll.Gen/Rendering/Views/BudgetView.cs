using Protokoll.Gen.Rendering.Html;

namespace Protokoll.Gen.Rendering.Views;

/// <summary>A budget table as templates see it: the seed's summary figures, a row per process, stage totals, a chart.</summary>
public sealed record BudgetView(
    int Year,
    string Title,
    string TotalLabel,
    decimal Total,
    decimal Reserved,
    decimal Remaining,
    string TotalText,
    string ReservedText,
    string RemainingText,
    IReadOnlyList<StageView> Stages,
    IReadOnlyList<ProcessView> Processes,
    IReadOnlyList<EntryView> Entries,
    HtmlFragment Chart);
