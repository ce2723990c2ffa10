using Protokoll.Gen.Model;

namespace Protokoll.Gen.Budget;

/// <summary>
/// Per budget year: the budget's own allocations, then every item amount that reserves money (not rejected, not
/// deferred), in meeting date and item order. Amounts whose process or stage is not the budget's are left out
/// (a check reports them), so that reserved is always the sum of the table's cells.
/// </summary>
public sealed class BudgetLedger
{
    private readonly Dictionary<int, List<LedgerEntry>> _entries;
    private readonly ContentSet _content;

    private BudgetLedger(ContentSet content, Dictionary<int, List<LedgerEntry>> entries)
    {
        _content = content;
        _entries = entries;
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

        foreach (var meeting in content.Meetings)
        {
            if (content.BudgetFor(meeting.BudgetYear) is not { } budget)
            {
                continue;
            }

            foreach (var item in meeting.Items.Where(i => i.Reserves))
            {
                foreach (var allocation in item.Allocations)
                {
                    if (AllocationTarget.Resolve(budget, allocation) is var (process, stage))
                    {
                        entries[budget.Year].Add(new LedgerEntry(budget.Year, process, stage, allocation, meeting, item));
                    }
                }
            }
        }

        return new BudgetLedger(content, entries);
    }

    public IReadOnlyList<LedgerEntry> EntriesFor(int year) =>
        _entries.TryGetValue(year, out var list) ? list : [];

    /// <summary>The table with every entry of the year.</summary>
    public BudgetState? State(int year) =>
        _content.BudgetFor(year) is { } budget ? BudgetState.From(budget, EntriesFor(year)) : null;

    /// <summary>The table as it stood after <paramref name="meeting"/>: its entries and all before them.</summary>
    public BudgetState? StateAsOf(Meeting meeting)
    {
        var meetingIndex = IndexOf(meeting);
        return StateUpTo(meeting.BudgetYear, entry => entry.Meeting is null || IndexOf(entry.Meeting) <= meetingIndex);
    }

    /// <summary>The table as it stood right after <paramref name="item"/> of <paramref name="meeting"/>.</summary>
    public BudgetState? StateAfter(Meeting meeting, AgendaItem item)
    {
        var meetingIndex = IndexOf(meeting);
        var itemIndex = IndexOf(meeting, item);
        return StateUpTo(meeting.BudgetYear, entry =>
            entry.Meeting is null
            || IndexOf(entry.Meeting) < meetingIndex
            || (entry.Meeting == meeting && IndexOf(meeting, entry.Item!) <= itemIndex));
    }

    private int IndexOf(Meeting meeting) => IndexOfReference(_content.Meetings, meeting);

    private static int IndexOf(Meeting meeting, AgendaItem item) => IndexOfReference(meeting.Items, item);

    private static int IndexOfReference<T>(IReadOnlyList<T> list, T value)
        where T : class
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], value))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private BudgetState? StateUpTo(int year, Func<LedgerEntry, bool> included) =>
        _content.BudgetFor(year) is { } budget
            ? BudgetState.From(budget, EntriesFor(year).Where(included).ToArray())
            : null;
}
