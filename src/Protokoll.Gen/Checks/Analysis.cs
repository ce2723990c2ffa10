using Protokoll.Gen.Budget;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Checks;

/// <summary>A checked content folder: the model, its ledger and every finding, sorted.</summary>
public sealed record Analysis(ContentSet Content, BudgetLedger Ledger, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.IsError);
}
