using Protokoll.Gen.Model;

namespace Protokoll.Gen.Budget;

/// <summary>
/// Per budget year: the budget's own allocations, then every item amount that reserves money (not rejected, not
/// deferred), in meeting date and item order. Amounts whose process or stage is not the budget's are left out
/// (a check reports them), so that reserved is always the sum of the table's cells.
/// </summary>
/// <remarks>
/// Because entries are appended in ledger order, the table as it stood after any meeting or item is a prefix of its
/// year's entries. <see cref="Build"/> records where each meeting's and item's prefix ends, so asking for the state
/// after every item costs one pass over that prefix instead of a scan of every entry against every meeting
/// (which made a 10 000-item build quadratic).
/// </remarks>
public sealed class BudgetLedger
{
    private readonly ContentSet _content;
    private readonly Dictionary<int, LedgerEntry[]> _entries;

    /// <summary>For each meeting and item with a budget: how many of its year's entries stand once it is done.</summary>
    private readonly Dictionary<object, int> _prefixEnd;

    private BudgetLedger(ContentSet content, Dictionary<int, LedgerEntry[]> entries, Dictionary<object, int> prefixEnd)
    {
        _content = content;
        _entries = entries;
        _prefixEnd = prefixEnd;
    }

    public static BudgetLedger Build(ContentSet content)
    {
        var entries = new Dictionary<int, List<LedgerEntry>>();
        foreach (var budget in content.Budgets)
        {
            var list = new List<LedgerEntry>();
            foreach (var allocation in budget.Allocations)
            {
                if (AllocationTarget.Resolve(budget, allocation) is var (process, stage))
                {
                    list.Add(new LedgerEntry(budget.Year, process, stage, allocation, null, null));
                }
            }

            entries[budget.Year] = list;
        }

        // Keyed by reference: two items with equal fields are still two places in the ledger.
        var prefixEnd = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        foreach (var meeting in content.Meetings)
        {
            if (content.BudgetFor(meeting.BudgetYear) is not { } budget)
            {
                continue;
            }

            var list = entries[budget.Year];
            foreach (var item in meeting.Items)
            {
                if (item.Reserves)
                {
                    foreach (var allocation in item.Allocations)
                    {
                        if (AllocationTarget.Resolve(budget, allocation) is var (process, stage))
                        {
                            list.Add(new LedgerEntry(budget.Year, process, stage, allocation, meeting, item));
                        }
                    }
                }

                prefixEnd.TryAdd(item, list.Count);
            }

            prefixEnd.TryAdd(meeting, list.Count);
        }

        return new BudgetLedger(content, entries.ToDictionary(e => e.Key, e => e.Value.ToArray()), prefixEnd);
    }

    public IReadOnlyList<LedgerEntry> EntriesFor(int year) =>
        _entries.TryGetValue(year, out var entries) ? entries : [];

    /// <summary>The table with every entry of the year.</summary>
    public BudgetState? State(int year) =>
        _content.BudgetFor(year) is { } budget ? BudgetState.From(budget, EntriesFor(year)) : null;

    /// <summary>The table as it stood after <paramref name="meeting"/>: its entries and all before them.</summary>
    public BudgetState? StateAsOf(Meeting meeting) => StateUpTo(meeting.BudgetYear, meeting);

    /// <summary>The table as it stood right after <paramref name="item"/> of <paramref name="meeting"/>.</summary>
    /// <remarks>An item that is not one of the meeting's items stands for the end of the meeting.</remarks>
    public BudgetState? StateAfter(Meeting meeting, AgendaItem item) =>
        StateUpTo(meeting.BudgetYear, meeting.Items.Contains(item, ReferenceEqualityComparer.Instance) ? item : meeting);

    /// <param name="year">The budget year.</param>
    /// <param name="point">A meeting or an item of this ledger; anything else stands for the end of the year.</param>
    private BudgetState? StateUpTo(int year, object point)
    {
        if (_content.BudgetFor(year) is not { } budget)
        {
            return null;
        }

        var entries = _entries.TryGetValue(year, out var all) ? all : [];
        var count = _prefixEnd.TryGetValue(point, out var end) ? end : entries.Length;
        return BudgetState.From(budget, new ArraySegment<LedgerEntry>(entries, 0, count));
    }
}
