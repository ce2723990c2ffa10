using Protokoll.Gen.Model;

namespace Protokoll.Gen.Budget;

/// <summary>
/// One reservation in a year's ledger, in ledger order, with what produced it: a budget file's allocation
/// (no meeting) or an item's. <see cref="Stage"/> is the resolved stage key.
/// </summary>
public sealed record LedgerEntry(int Year, string Process, string Stage, Allocation Allocation, Meeting? Meeting, AgendaItem? Item)
{
    public decimal Amount => Allocation.Amount;

    /// <summary>The file and line of the amount that produced this entry: where an auditor looks.</summary>
    public Diagnostics.SourceLocation Origin => Allocation.Source["amount"];
}
