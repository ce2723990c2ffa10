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
        // One pass over the entries (in ledger order, so each cell lists its entries in that order), rather than a
        // scan of every entry for every cell: a build asks for a state after every funded item.
        var byCell = new Dictionary<(string Process, string Stage), List<LedgerEntry>>();
        foreach (var entry in entries)
        {
            if (!byCell.TryGetValue((entry.Process, entry.Stage), out var list))
            {
                byCell[(entry.Process, entry.Stage)] = list = [];
            }

            list.Add(entry);
        }

        var rows = budget.Processes
            .Select(process => new ProcessRow(process.Name, process.Owner, budget.Stages
                .Select(stage =>
                {
                    LedgerEntry[] cellEntries = byCell.TryGetValue((process.Name, stage.Key), out var list) ? [.. list] : [];
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
