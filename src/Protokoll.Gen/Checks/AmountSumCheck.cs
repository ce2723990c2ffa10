using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Loading;

namespace Protokoll.Gen.Checks;

/// <summary>
/// An item's allocations together stay within <see cref="AmountParser.MaxAmount"/>, like each amount does: a sum
/// beyond it is a typing error, reported at the allocation that crosses it. (A year's reserved sum beyond it is
/// already an over-commitment, since no budget total may exceed it.)
/// </summary>
public sealed class AmountSumCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var item in context.Content.Meetings.SelectMany(m => m.Items))
        {
            var sum = 0m;
            foreach (var allocation in item.Allocations)
            {
                sum += allocation.Amount;
                if (sum > AmountParser.MaxAmount)
                {
                    yield return Finding.Error(FindingCodes.AmountTooLarge,
                        $"The item's allocations add up to more than {MoneyFormatter.Format(AmountParser.MaxAmount, "sv-SE").Replace(MoneyFormatter.NoBreakSpace, ' ')} with this one; check the number of digits.",
                        allocation.Source["amount"]);
                    break;
                }
            }
        }
    }
}
