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
        // Checks only read the content and the ledger, so they run side by side (serially they were about a tenth of a
        // 10 000-item check). Each writes its own slot and the slots are joined in the suite's order, so the findings
        // do not depend on thread timing.
        var suite = checks ?? Default;
        var results = new List<Finding>[suite.Count];
        Parallel.For(0, suite.Count, i => results[i] = [.. suite[i].Run(context)]);
        var findings = new List<Finding>(load.Findings);
        foreach (var result in results)
        {
            findings.AddRange(result);
        }

        return new Analysis(load.Content, ledger, FindingOrder.Sort(findings));
    }
}
