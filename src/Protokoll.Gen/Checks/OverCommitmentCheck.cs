using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Formatting;

namespace Protokoll.Gen.Checks;

/// <summary>The first amount that makes a year's reserved sum exceed its total is an error, naming total, reserved and excess.</summary>
public sealed class OverCommitmentCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var locale = context.Content.Settings.Locale;
        foreach (var budget in context.Content.Budgets)
        {
            var reserved = 0m;
            foreach (var entry in context.Ledger.EntriesFor(budget.Year))
            {
                reserved += entry.Amount;
                if (reserved <= budget.Total)
                {
                    continue;
                }

                var fix = entry.Item is null
                    ? $"Lower the allocations, or raise 'total' in budgets/{budget.Year}.yml."
                    : $"Lower the amount, or raise 'total' in budgets/{budget.Year}.yml if the budget really grew.";
                yield return Finding.Error(FindingCodes.OverCommitment,
                    $"This amount ({Money(entry.Amount, locale)}) over-commits the {budget.Year} budget: reserved becomes {Money(reserved, locale)}, total is {Money(budget.Total, locale)}, excess {Money(reserved - budget.Total, locale)}. {fix}",
                    entry.Origin);
                break;
            }
        }
    }

    // Messages are plain text in logs and annotations: ordinary spaces read better there than no-break spaces.
    private static string Money(decimal amount, string locale) =>
        MoneyFormatter.Format(amount, locale).Replace(MoneyFormatter.NoBreakSpace, ' ');
}
