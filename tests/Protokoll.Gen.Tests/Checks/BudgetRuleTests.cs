using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Checks;

/// <summary>Over-commitment, double funding and amounts in the text.</summary>
public sealed class BudgetRuleTests
{
    [Fact]
    public void The_first_amount_that_exceeds_the_total_is_the_error_naming_total_reserved_and_excess()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 60000");
        content.WriteItem("2.md", "number: 2\ntitle: B\nprocess: Matvård\nstage: step1\namount: 50000");
        content.WriteItem("3.md", "number: 3\ntitle: C\nprocess: Projektberedskap\nstage: step1\namount: 1000");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.OverCommitment, "2.md", 6, 9);
        Assert.Contains("100 000,00 kr", finding.Message, StringComparison.Ordinal);
        Assert.Contains("110 000,00 kr", finding.Message, StringComparison.Ordinal);
        Assert.Contains("excess 10 000,00 kr", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_and_deferred_items_reserve_nothing()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 90000\noutcome: rejected");
        content.WriteItem("2.md", "number: 2\ntitle: B\nprocess: KEEN\nstage: step1\namount: 90000\noutcome: deferred");
        content.WriteItem("3.md", "number: 3\ntitle: C\nprocess: KEEN\nstage: step1\namount: 90000\noutcome: approved");

        var analysis = FindingAssert.Check(content);

        FindingAssert.None(analysis.Findings);
        Assert.Equal(90000m, analysis.Ledger.State(2022)!.Reserved);
    }

    [Fact]
    public void Funding_a_process_and_stage_twice_is_reported_at_the_later_item()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 100");
        content.WriteItem("2.md", "number: 2\ntitle: B\nprocess: KEEN\nstage: step1\namount: 200");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.DoubleFunding, "2.md", 6, 9);
        Assert.Contains("supplement: true", finding.Message, StringComparison.Ordinal);
        Assert.Contains("1.md:6", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_supplement_may_fund_the_same_line_again()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 100");
        content.WriteItem("2.md", "number: 2\ntitle: B\nprocess: KEEN\nstage: step1\namount: 200\nsupplement: true");

        var analysis = FindingAssert.Check(content);

        FindingAssert.None(analysis.Findings);
        Assert.Equal(300m, analysis.Ledger.State(2022)!.Processes[0].AmountIn("step1"));
    }

    [Fact]
    public void An_amount_in_the_proposal_that_differs_from_the_item_is_a_warning()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 275740\nproposal: Att bevilja budget (275 470 kr) enligt ansökan.");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.TextAmountMismatch, "1.md", 7, 11);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("275 470 kr", finding.Message, StringComparison.Ordinal);
        Assert.Contains("275 740 kr", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_in_the_text_that_matches_is_no_finding()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 1000.50\ndecision: Styrgruppen beviljar 1 000,50 kr.");

        FindingAssert.None(FindingAssert.Check(content).Findings);
    }

    [Fact]
    public void An_amount_in_the_decision_of_an_item_without_amount_is_a_warning()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: A\ndecision: Styrgruppen beviljar 5 000 kr.");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.TextAmountMismatch, "1.md", 4, 11);
    }

    [Fact]
    public void Over_committed_budget_allocations_are_reported_in_the_budget_file()
    {
        using var content = TempContent.Minimal();
        content.Write("budgets/2022.yml", "year: 2022\ntotal: 100\nprocesses: [KEEN]\nallocations:\n  - { process: KEEN, amount: 150 }\n");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.OverCommitment, "2022.yml", 5, 30);
    }
}
