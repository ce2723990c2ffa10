using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Checks;

/// <summary>Every amount must land on a process and stage of its year's budget, and that budget must exist.</summary>
public sealed class BudgetTargetCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var budget in context.Content.Budgets)
        {
            foreach (var allocation in budget.Allocations)
            {
                foreach (var finding in CheckTarget(budget, allocation))
                {
                    yield return finding;
                }
            }
        }

        foreach (var meeting in context.Content.Meetings)
        {
            var budget = context.Content.BudgetFor(meeting.BudgetYear);
            foreach (var item in meeting.Items)
            {
                foreach (var allocation in item.Allocations)
                {
                    if (budget is null)
                    {
                        yield return Finding.Error(FindingCodes.MissingBudget,
                            $"The item grants money, but there is no budget for {meeting.BudgetYear}: add budgets/{meeting.BudgetYear}.yml, or set 'budget:' in the meeting's meeting.yml to the year it counts against.",
                            allocation.Source["amount"]);
                        continue;
                    }

                    foreach (var finding in CheckTarget(budget, allocation))
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    private static IEnumerable<Finding> CheckTarget(BudgetFrame budget, Allocation allocation)
    {
        if (budget.FindProcess(allocation.Process) is null)
        {
            var names = budget.Processes.Select(p => p.Name).ToArray();
            yield return Finding.Error(FindingCodes.UnknownProcess,
                $"The process '{allocation.Process}' is not in the {budget.Year} budget.{Suggestions.DidYouMean(allocation.Process, names)} Add it under 'processes' in budgets/{budget.Year}.yml if it is new. Listed: {string.Join(", ", names)}.",
                allocation.Source["process"]);
        }

        var stageKeys = budget.Stages.Select(s => s.Key).ToArray();
        if (allocation.Stage is null && budget.Stages.Count > 1)
        {
            yield return Finding.Error(FindingCodes.StageRequired,
                $"The {budget.Year} budget has several stages: add 'stage:' with one of {string.Join(", ", stageKeys)}.",
                allocation.Source["amount"]);
        }
        else if (allocation.Stage is { } stage && budget.FindStage(stage) is null)
        {
            yield return Finding.Error(FindingCodes.UnknownStage,
                $"The stage '{stage}' is not a stage of the {budget.Year} budget.{Suggestions.DidYouMean(stage, stageKeys)} Stages: {string.Join(", ", budget.Stages.Select(s => $"{s.Key} ({s.Label})"))}.",
                allocation.Source["stage"]);
        }
    }
}
