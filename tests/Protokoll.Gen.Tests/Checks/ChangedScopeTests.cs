using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Checks;

public sealed class ChangedScopeTests
{
    [Fact]
    public void A_changed_item_that_pushes_a_later_unchanged_item_over_the_budget_gets_the_error_too()
    {
        using var content = TempContent.Minimal();
        var changed = content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 60000");
        content.WriteItem("2.md", "number: 2\ntitle: B\nprocess: Matvård\nstage: step1\namount: 50000");

        var findings = ChangedScope.Limit(FindingAssert.Check(content), new HashSet<string> { changed });

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(FindingCodes.OverCommitment, f.Code));
        var atChange = findings.Single(f => f.Location.File == changed);
        Assert.Equal((6, 9), (atChange.Location.Line, atChange.Location.Column));
        Assert.StartsWith("This change takes part in an error at meetings/2022-03-08-styrgrupp/2.md:6, which reads: This amount (50 000,00 kr) over-commits", atChange.Message, StringComparison.Ordinal);
        Assert.EndsWith("2.md", findings.Single(f => f.Location.File != changed).Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_in_unchanged_files_that_the_change_has_no_part_in_are_left_out()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 150000\ndecision: Beviljas 5 000 kr.");
        var changed = content.WriteItem("2.md", "number: 2\ntitle: B\nprocess: Matvård\nstage: step1\namount: 1000");

        var findings = ChangedScope.Limit(FindingAssert.Check(content), new HashSet<string> { changed });

        FindingAssert.None(findings);
    }

    [Fact]
    public void A_changed_item_that_funds_first_gets_the_double_funding_of_a_later_unchanged_item()
    {
        using var content = TempContent.Minimal();
        var changed = content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 1000");
        content.WriteItem("2.md", "number: 2\ntitle: B\nprocess: KEEN\nstage: step1\namount: 2000");

        var findings = ChangedScope.Limit(FindingAssert.Check(content), new HashSet<string> { changed });

        Assert.Equal([("1.md", 6), ("2.md", 6)], findings.Select(f => (Path.GetFileName(f.Location.File), f.Location.Line)));
        Assert.All(findings, f => Assert.Equal(FindingCodes.DoubleFunding, f.Code));
    }

    [Fact]
    public void A_lowered_budget_total_gets_the_over_commitment_it_causes()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 150000");
        var budget = content.PathOf("budgets/2022.yml");

        var findings = ChangedScope.Limit(FindingAssert.Check(content), new HashSet<string> { budget });

        var atBudget = findings.Single(f => f.Location.File == budget);
        Assert.Equal((FindingCodes.OverCommitment, 3), (atBudget.Code, atBudget.Location.Line));
    }

    [Fact]
    public void A_changed_item_that_takes_a_number_first_gets_the_duplicate_number_of_the_unchanged_one()
    {
        using var content = TempContent.Minimal();
        var changed = content.WriteItem("1-new.md", "number: 2\ntitle: New");
        content.WriteItem("2-old.md", "number: 2\ntitle: Old");

        var findings = ChangedScope.Limit(FindingAssert.Check(content), new HashSet<string> { changed });

        Assert.Equal(["1-new.md", "2-old.md"], findings.Select(f => Path.GetFileName(f.Location.File)));
        Assert.All(findings, f => Assert.Equal(FindingCodes.NumberDuplicate, f.Code));
    }
}
