using Protokoll.Gen.Budget;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Loading;

namespace Protokoll.Gen.Checks;

/// <summary>Loads a content folder, builds its ledger and runs every check: what <c>protokoll check</c> does.</summary>
public static class CheckSuite
{
    public static IReadOnlyList<ICheck> Default { get; } =
    [
        new ItemNumberCheck(),
        new BudgetTargetCheck(),
        new OverCommitmentCheck(),
        new DoubleFundingCheck(),
        new TextAmountCheck(),
        new DecisionTextCheck(),
        new VoteCheck(),
        new ReservationCheck(),
        new AdjustmentCheck(),
        new MarkdownCheck(),
        new AmountSumCheck(),
    ];

    public static Analysis Run(string root, IReadOnlyList<ICheck>? checks = null) => Run(ContentLoader.Load(root), checks);

    public static Analysis Run(LoadResult load, IReadOnlyList<ICheck>? checks = null)
    {
        var ledger = BudgetLedger.Build(load.Content);
        var context = new CheckContext(load.Content, ledger);
        var findings = new List<Finding>(load.Findings);
        foreach (var check in checks ?? Default)
        {
            findings.AddRange(check.Run(context));
        }

        return new Analysis(load.Content, ledger, FindingOrder.Sort(findings));
    }
}
