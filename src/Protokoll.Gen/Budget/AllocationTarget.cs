using Protokoll.Gen.Model;

namespace Protokoll.Gen.Budget;

/// <summary>Where an allocation lands in a budget, if it lands anywhere: the same rule for the ledger and the checks.</summary>
public static class AllocationTarget
{
    /// <summary>The process name and stage key, or null when the process or stage is not the budget's.</summary>
    public static (string Process, string Stage)? Resolve(BudgetFrame budget, Allocation allocation)
    {
        if (budget.FindProcess(allocation.Process) is not { } process)
        {
            return null;
        }

        var stage = budget.ResolveStage(allocation.Stage);
        return stage is not null && budget.FindStage(stage) is not null ? (process.Name, stage) : null;
    }
}
