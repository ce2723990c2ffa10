namespace Protokoll.Gen.Budget;

/// <summary>One row of the budget table: a process, a cell per stage (in the budget's stage order), and its total.</summary>
public sealed record ProcessRow(string Name, string? Owner, IReadOnlyList<BudgetCell> Cells)
{
    public decimal Total => Cells.Sum(c => c.Amount);

    public decimal AmountIn(string stage) => Cells.FirstOrDefault(c => c.Stage == stage)?.Amount ?? 0m;
}
