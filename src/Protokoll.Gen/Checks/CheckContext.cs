using Protokoll.Gen.Budget;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Checks;

/// <summary>What every check reads: the content and its ledger.</summary>
public sealed record CheckContext(ContentSet Content, BudgetLedger Ledger);
