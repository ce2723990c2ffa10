using Protokoll.Gen.Rendering.Html;

namespace Protokoll.Gen.Rendering.Views;

/// <summary>A budget table as templates see it: the seed's summary figures, a row per process, stage totals, a chart.</summary>
/// <remarks>
/// A build makes one of these after every funded item (4 821 at 10 000 items), and the default templates print only
/// the table there; the entry list and the chart are built the first time a template reads them.
/// </remarks>
public sealed class BudgetView(
    int year,
    string title,
    string totalLabel,
    decimal total,
    decimal reserved,
    decimal remaining,
    string totalText,
    string reservedText,
    string remainingText,
    IReadOnlyList<StageView> stages,
    IReadOnlyList<ProcessView> processes,
    Func<IReadOnlyList<EntryView>> entries,
    Func<HtmlFragment> chart)
{
    private readonly Lazy<IReadOnlyList<EntryView>> _entries = new(entries);
    private readonly Lazy<HtmlFragment> _chart = new(chart);

    public int Year { get; } = year;

    public string Title { get; } = title;

    public string TotalLabel { get; } = totalLabel;

    public decimal Total { get; } = total;

    public decimal Reserved { get; } = reserved;

    public decimal Remaining { get; } = remaining;

    public string TotalText { get; } = totalText;

    public string ReservedText { get; } = reservedText;

    public string RemainingText { get; } = remainingText;

    public IReadOnlyList<StageView> Stages { get; } = stages;

    public IReadOnlyList<ProcessView> Processes { get; } = processes;

    public IReadOnlyList<EntryView> Entries => _entries.Value;

    public HtmlFragment Chart => _chart.Value;
}
