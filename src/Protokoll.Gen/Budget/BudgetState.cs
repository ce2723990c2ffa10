using Protokoll.Gen.Model;

namespace Protokoll.Gen.Budget;

/// <summary>
/// The budget table at one point of the ledger: total, reserved (the sum of every cell), remaining
/// (total − reserved), a row per process in the budget's order and a total per stage.
/// </summary>
public sealed record BudgetState(BudgetFrame Budget, IReadOnlyList<ProcessRow> Processes, IReadOnlyList<StageTotal> Stages,
    IReadOnlyList<LedgerEntry> Entries)
{
    public int Year => Budget.Year;
    public string Title => Budget.Title;
    public decimal Total => Budget.Total;
    public decimal Reserved => Stages.Sum(s => s.Total);
    public decimal Remaining => Total - Reserved;

    public static BudgetState From(BudgetFrame budget, IReadOnlyList<LedgerEntry> entries)
    {
        var rows = budget.Processes
            .Select(process => new ProcessRow(process.Name, process.Owner, budget.Stages
                .Select(stage =>
                {
                    var cellEntries = entries.Where(e => e.Process == process.Name && e.Stage == stage.Key).ToArray();
                    return new BudgetCell(stage.Key, cellEntries.Sum(e => e.Amount), cellEntries);
                })
                .ToArray()))
            .ToArray();
        var stages = budget.Stages
            .Select(stage => new StageTotal(stage.Key, stage.Label, rows.Sum(r => r.AmountIn(stage.Key))))
            .ToArray();
        return new BudgetState(budget, rows, stages, entries);
    }
}
