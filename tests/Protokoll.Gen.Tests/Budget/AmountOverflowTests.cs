using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Budget;

/// <summary>
/// Sums beyond <see cref="AmountParser.MaxAmount"/> are findings with exact figures, never an exception or a rounded
/// number: each amount is at most MaxAmount and a file at most 100 000 values, so a decimal sum is exact far beyond.
/// </summary>
public sealed class AmountOverflowTests
{
    [Fact]
    public void Many_maximal_allocations_in_a_budget_are_an_over_commitment_with_exact_figures()
    {
        using var content = TempContent.Empty();
        content.Write("protokoll.yml", "organisation: O\nbody: B\nlocale: en-GB\n");
        var allocations = string.Concat(Enumerable.Range(1, 1000).Select(i => $"  - {{ process: P{i}, amount: 999999999999.99 }}\n"));
        content.Write("budgets/2022.yml",
            $"year: 2022\ntotal: 999999999999.99\nprocesses: [{string.Join(", ", Enumerable.Range(1, 1000).Select(i => $"P{i}"))}]\nallocations:\n{allocations}");

        var analysis = FindingAssert.Check(content);

        var finding = FindingAssert.At(analysis.Findings, FindingCodes.OverCommitment, "2022.yml", 6, 28);
        Assert.Contains("reserved becomes SEK 1,999,999,999,999.98", finding.Message, StringComparison.Ordinal);
        Assert.Equal(999_999_999_999_990m, analysis.Ledger.State(2022)!.Reserved);
    }

    [Fact]
    public void Items_whose_allocations_add_up_beyond_the_maximum_are_a_finding_at_the_crossing_amount()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", """
            number: 1
            title: Avslaget, men ändå fel
            outcome: rejected
            allocations:
              - { process: KEEN, stage: step1, amount: 999999999999.99 }
              - { process: Matvård, stage: step1, amount: 0.01 }
            """);

        var findings = FindingAssert.Check(content).Findings;

        var finding = FindingAssert.At(findings, FindingCodes.AmountTooLarge, "1.md", 7, 47);
        Assert.Contains("999 999 999 999,99 kr", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_amounts_across_meetings_beyond_the_maximum_stop_the_build_with_an_over_commitment()
    {
        using var content = TempContent.Minimal();
        content.Write("budgets/2022.yml", "year: 2022\ntotal: 999999999999.99\nprocesses: [P]\n");
        for (var i = 1; i <= 3; i++)
        {
            content.WriteItem($"{i}.md", $"number: {i}\ntitle: T\nsupplement: true\nprocess: P\namount: 999999999999.99");
        }

        using var site = BuiltSite.Of(content.Root);

        Assert.Equal(1, site.Run.ExitCode);
        Assert.Contains("PG301", site.Run.Output + site.Run.Error, StringComparison.Ordinal);
        Assert.Contains("1 999 999 999 999,98 kr", site.Run.Output + site.Run.Error, StringComparison.Ordinal);
        Assert.Empty(site.Files());
    }
}
