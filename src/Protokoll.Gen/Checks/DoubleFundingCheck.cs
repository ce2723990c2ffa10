using Protokoll.Gen.Budget;
using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Checks;

/// <summary>A process and stage is funded once a year; a later grant must say <c>supplement: true</c>.</summary>
public sealed class DoubleFundingCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var budget in context.Content.Budgets)
        {
            var first = new Dictionary<(string, string), LedgerEntry>();
            foreach (var entry in context.Ledger.EntriesFor(budget.Year))
            {
                var key = (entry.Process, entry.Stage);
                if (!first.TryGetValue(key, out var earlier))
                {
                    first[key] = entry;
                    continue;
                }

                if (entry.Item?.Supplement == true)
                {
                    continue;
                }

                var stageLabel = budget.FindStage(entry.Stage)?.Label ?? entry.Stage;
                var where = $"{Path.GetFileName(earlier.Origin.File)}:{earlier.Origin.Line}";
                yield return Finding.Error(FindingCodes.DoubleFunding,
                    $"{entry.Process} / {stageLabel} is already funded in {budget.Year} ({where}). If this grant adds to that one, write 'supplement: true' in this item; otherwise choose another process or stage.",
                    entry.Origin);
            }
        }
    }
}
