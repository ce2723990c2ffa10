using Protokoll.Gen.Checks;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Budget;

public sealed class BudgetLedgerTests
{
    [Fact]
    public void The_state_can_be_asked_for_as_of_any_meeting_and_after_any_item()
    {
        using var content = TempContent.Minimal();
        content.Write("meetings/2022-06-01-styrgrupp/meeting.yml", "date: 2022-06-01\n");
        content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 1000");
        content.WriteItem("2.md", "number: 2\ntitle: B\nprocess: Matvård\nstage: step1\namount: 2000");
        content.WriteItem("1.md", "number: 1\ntitle: C\nprocess: KEEN\nstage: process\namount: 4000", meeting: "2022-06-01-styrgrupp");

        var analysis = CheckSuite.Run(content.Root);
        var march = analysis.Content.FindMeeting("2022-03-08-styrgrupp")!;
        var june = analysis.Content.FindMeeting("2022-06-01-styrgrupp")!;

        Assert.Equal(3000m, analysis.Ledger.StateAsOf(march)!.Reserved);
        Assert.Equal(7000m, analysis.Ledger.StateAsOf(june)!.Reserved);
        Assert.Equal(1000m, analysis.Ledger.StateAfter(march, march.Items[0])!.Reserved);
        Assert.Equal(97000m, analysis.Ledger.StateAfter(march, march.Items[1])!.Remaining);
    }

    [Fact]
    public void A_meeting_that_reserves_nothing_shows_the_state_of_the_meetings_before_it()
    {
        using var content = TempContent.Minimal();
        content.Write("meetings/2022-06-01-styrgrupp/meeting.yml", "date: 2022-06-01\n");
        content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 1000");
        content.WriteItem("1.md", "number: 1\ntitle: Information", meeting: "2022-06-01-styrgrupp");

        var analysis = CheckSuite.Run(content.Root);
        var june = analysis.Content.FindMeeting("2022-06-01-styrgrupp")!;

        Assert.Equal(1000m, analysis.Ledger.StateAsOf(june)!.Reserved);
    }

    [Fact]
    public void The_state_after_each_item_holds_exactly_the_entries_up_to_that_item()
    {
        using var content = TempContent.Minimal();
        content.Write("budgets/2022.yml", "year: 2022\ntotal: 100000\nprocesses: [KEEN, Matvård]\nallocations:\n  - { process: KEEN, amount: 50 }\n");
        content.Write("meetings/2022-06-01-styrgrupp/meeting.yml", "date: 2022-06-01\n");
        content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\namount: 1000");
        content.WriteItem("2.md", "number: 2\ntitle: Rejected\nprocess: Matvård\namount: 2000\noutcome: rejected");
        content.WriteItem("3.md", "number: 3\ntitle: Information");
        content.WriteItem("4.md", "number: 4\ntitle: Two lines\nallocations:\n  - { process: KEEN, amount: 300 }\n  - { process: Matvård, amount: 400 }");
        content.WriteItem("1.md", "number: 1\ntitle: Unknown process\nprocess: Nope\namount: 5", meeting: "2022-06-01-styrgrupp");
        content.WriteItem("2.md", "number: 2\ntitle: C\nprocess: Matvård\namount: 4000", meeting: "2022-06-01-styrgrupp");

        var analysis = CheckSuite.Run(content.Root);
        var meetings = analysis.Content.Meetings.ToList();
        var all = analysis.Ledger.EntriesFor(2022);

        // The definition: the budget's own allocations, every entry of an earlier meeting, and this meeting's up to the item.
        for (var m = 0; m < meetings.Count; m++)
        {
            for (var i = 0; i < meetings[m].Items.Count; i++)
            {
                var expected = all.Where(e => e.Meeting is null || meetings.IndexOf(e.Meeting) < m
                    || (e.Meeting == meetings[m] && meetings[m].Items.ToList().IndexOf(e.Item!) <= i));
                Assert.Equal(expected, analysis.Ledger.StateAfter(meetings[m], meetings[m].Items[i])!.Entries);
            }

            Assert.Equal(all.Where(e => e.Meeting is null || meetings.IndexOf(e.Meeting) <= m), analysis.Ledger.StateAsOf(meetings[m])!.Entries);
        }

        Assert.Equal([50m, 1000m, 300m, 400m, 4000m], all.Select(e => e.Amount));
        Assert.Equal(50m + 1000m + 300m + 400m, analysis.Ledger.StateAfter(meetings[0], meetings[0].Items[3])!.Reserved);
    }

    [Fact]
    public void Ten_thousand_random_ore_amounts_sum_exactly()
    {
        var random = new Random(20221109);
        var ore = Enumerable.Range(0, 10_000).Select(_ => (long)random.Next(1, 100_000_000)).ToArray();
        using var content = TempContent.Empty();
        content.Write("protokoll.yml", "organisation: O\nbody: B\n");
        var allocations = string.Join("\n", ore.Select(o => $"  - {{ process: P, amount: {o / 100}.{o % 100:00} }}"));
        content.Write("budgets/2022.yml", $"year: 2022\ntotal: 999999999999\nprocesses: [P]\nallocations:\n{allocations}\n");

        var analysis = CheckSuite.Run(content.Root);

        Assert.Equal(ore.Sum() / 100m, analysis.Ledger.State(2022)!.Reserved);
    }
}
