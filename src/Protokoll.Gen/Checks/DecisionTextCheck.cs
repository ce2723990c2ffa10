using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Checks;

/// <summary>
/// A decided item must say what was decided: the minutes record every decision (KL 5 kap 67 §), and an outcome
/// without its wording cannot be adjusted, announced or appealed.
/// </summary>
public sealed class DecisionTextCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var item in context.Content.Meetings.SelectMany(m => m.Items))
        {
            if (item.IsDecided && string.IsNullOrWhiteSpace(item.Decision))
            {
                yield return Finding.Error(FindingCodes.DecisionTextMissing,
                    $"The item is decided (outcome: {(item.Outcome == ItemOutcome.Approved ? "approved" : "rejected")}) but has no 'decision' text: add 'decision:' with the decision as the body made it, such as 'Styrgruppen beslutar enligt kansliets förslag.'",
                    item.Source["outcome"]);
            }
        }
    }
}
