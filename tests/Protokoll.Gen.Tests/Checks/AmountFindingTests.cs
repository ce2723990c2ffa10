using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Checks;

/// <summary>Amounts and where they land: each check from a bad input, by code, line and column.</summary>
public sealed class AmountFindingTests
{
    [Theory]
    [InlineData("abc", FindingCodes.AmountUnreadable)]
    [InlineData("-100", FindingCodes.AmountNotPositive)]
    [InlineData("0", FindingCodes.AmountNotPositive)]
    [InlineData("100.123", FindingCodes.AmountTooPrecise)]
    [InlineData("123456789012345678901234567890", FindingCodes.AmountTooLarge)]
    public void A_bad_amount_is_reported_at_its_value(string amount, string code)
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", $"number: 1\ntitle: T\nprocess: KEEN\nstage: step1\namount: {amount}");

        FindingAssert.At(FindingAssert.Check(content).Findings, code, "1.md", 6, 9);
    }

    [Fact]
    public void An_amount_without_a_process_is_reported_at_the_amount()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T\namount: 100");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.AmountWithoutProcess, "1.md", 4, 9);
    }

    [Fact]
    public void An_unknown_process_suggests_the_budgets_spelling()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T\nprocess: Matvard\nstage: step1\namount: 100");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.UnknownProcess, "1.md", 4, 10);
        Assert.Contains("Did you mean 'Matvård'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_stage_is_reported_at_the_stage()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T\nprocess: KEEN\nstage: steg1\namount: 100");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.UnknownStage, "1.md", 5, 8);
        Assert.Contains("Did you mean 'step1'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_stage_where_the_budget_has_several_is_reported()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T\nprocess: KEEN\namount: 100");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.StageRequired, "1.md", 5, 9);
    }

    [Fact]
    public void No_stage_is_fine_where_the_budget_has_one()
    {
        using var content = TempContent.Minimal();
        content.Write("budgets/2022.yml", "year: 2022\ntotal: 1000\nprocesses: [KEEN]\n");
        content.WriteItem("1.md", "number: 1\ntitle: T\nprocess: KEEN\namount: 100");

        var analysis = FindingAssert.Check(content);

        FindingAssert.None(analysis.Findings);
        Assert.Equal(100m, analysis.Ledger.State(2022)!.Reserved);
    }

    [Fact]
    public void An_amount_in_a_year_without_budget_is_reported()
    {
        using var content = TempContent.Minimal();
        content.Write("meetings/2023-02-01-styrgrupp/meeting.yml", "date: 2023-02-01\n");
        content.WriteItem("1.md", "number: 1\ntitle: T\nprocess: KEEN\nstage: step1\namount: 100", meeting: "2023-02-01-styrgrupp");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.MissingBudget, "2023-02-01-styrgrupp/1.md", 6, 9);
        Assert.Contains("budgets/2023.yml", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_may_count_against_another_years_budget()
    {
        using var content = TempContent.Minimal();
        content.Write("meetings/2023-01-15-styrgrupp/meeting.yml", "date: 2023-01-15\nbudget: 2022\n");
        content.WriteItem("1.md", "number: 1\ntitle: T\nprocess: KEEN\nstage: step1\namount: 100", meeting: "2023-01-15-styrgrupp");

        var analysis = FindingAssert.Check(content);

        FindingAssert.None(analysis.Findings);
        Assert.Equal(100m, analysis.Ledger.State(2022)!.Reserved);
    }

    [Fact]
    public void A_budget_file_named_for_another_year_is_reported()
    {
        using var content = TempContent.Minimal();
        content.Write("budgets/2023.yml", "year: 2021\ntotal: 1000\nprocesses: [A]\n");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.DuplicateBudgetYear, "2023.yml", 1, 7);
    }

    [Fact]
    public void A_process_listed_twice_is_reported_at_the_second()
    {
        using var content = TempContent.Minimal();
        content.Write("budgets/2022.yml", "year: 2022\ntotal: 1000\nprocesses:\n  - KEEN\n  - KEEN\n");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.DuplicateProcess, "2022.yml", 5, 5);
    }
}
