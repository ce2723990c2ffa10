using FsCheck;
using FsCheck.Fluent;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Tests.Support;
using FsGen = FsCheck.Fluent.Gen;

namespace Protokoll.Gen.Tests.Loading.Fuzz;

/// <summary>
/// Generated valid content round-trips its money exactly: amounts in öre, written in every notation the format
/// accepts, in a budget's allocations and in items, come back as the same decimals, and the ledger's sum is their sum.
/// </summary>
public sealed class AmountRoundTripTests : IDisposable
{
    private readonly TempContent _content = TempContent.Empty();

    [Fact]
    public void Every_accepted_notation_of_every_amount_loads_as_the_same_decimal()
    {
        var amount = FsGen.Frequency(
            (3, FsGen.Choose(1, 100_000_000).Select(i => (long)i)),
            (1, FsGen.Choose(1, int.MaxValue).Select(i => (long)i * 1000 + i % 1000)),
            (1, FsGen.Elements(1L, 10L, 99L, 100L, 100_000L, 99_999_999_999L)));
        var cases =
            from budgetAmounts in FsGen.ListOf(amount, 5)
            from itemCount in FsGen.Choose(0, 8)
            from itemAmounts in FsGen.ListOf(amount, itemCount)
            from notations in FsGen.ListOf(FsGen.Choose(0, AmountNotation.All.Count - 1), 13)
            select (Budget: budgetAmounts.ToArray(), Items: itemAmounts.ToArray(), Notations: notations.ToArray());

        Check.One(FuzzSettings.Config(200, share: 10), Prop.ForAll(cases.ToArbitrary(), c => RoundTrip(c.Budget, c.Items, c.Notations)));
    }

    public void Dispose() => _content.Dispose();

    private void RoundTrip(long[] budgetOre, long[] itemOre, int[] notations)
    {
        var written = new List<string>();
        string Write(long ore, int index)
        {
            // A notation that cannot write this amount (öre in "275 740 kr") falls back to the next one that can.
            for (var i = 0; ; i++)
            {
                var (name, write) = AmountNotation.All[(notations[index % notations.Length] + i) % AmountNotation.All.Count];
                if (write(ore) is { } text)
                {
                    written.Add($"{ore} öre as {name}: {text}");
                    return text;
                }
            }
        }

        var processes = Enumerable.Range(1, budgetOre.Length).Select(i => $"Process {i}").ToArray();
        _content.Write("protokoll.yml", "organisation: O\nbody: B\n");
        _content.Write("budgets/2022.yml",
            $"year: 2022\ntotal: 999999999999.99\nprocesses: [{string.Join(", ", processes)}]\nallocations:\n"
            + string.Concat(budgetOre.Select((ore, i) => $"  - process: {processes[i]}\n    amount: {Write(ore, i)}\n")));
        var meeting = Path.Combine(_content.Root, "meetings", "2022-05-01-styrgrupp");
        if (Directory.Exists(meeting))
        {
            Directory.Delete(meeting, recursive: true);
        }

        _content.Write("meetings/2022-05-01-styrgrupp/meeting.yml", "date: 2022-05-01\n");
        for (var i = 0; i < itemOre.Length; i++)
        {
            var text = Write(itemOre[i], budgetOre.Length + i);
            var inProse = MoneyFormatter.FormatShort(itemOre[i] / 100m, "sv-SE");
            _content.WriteItem($"{i + 1}.md",
                $"number: {i + 1}\ntitle: Bidrag\ntype: decision\noutcome: approved\nsupplement: true\nprocess: {processes[i % processes.Length]}\namount: {text}\nproposal: \"Kansliet föreslår {inProse}.\"\ndecision: Beviljas.",
                meeting: "2022-05-01-styrgrupp");
        }

        var analysis = CheckSuite.Run(_content.Root);

        var context = string.Join("\n", written);
        Assert.True(analysis.Findings.Count == 0, $"{context}\n{string.Join("\n", analysis.Findings)}");
        Assert.Equal(budgetOre.Select(o => o / 100m), analysis.Content.Budgets[0].Allocations.Select(a => a.Amount));
        Assert.Equal(itemOre.Select(o => o / 100m), analysis.Content.Meetings[0].Items.Select(i => i.Allocations[0].Amount));
        Assert.Equal(budgetOre.Sum() / 100m + itemOre.Sum() / 100m, analysis.Ledger.State(2022)!.Reserved);
        Assert.True(AmountParser.MaxAmount - analysis.Ledger.State(2022)!.Reserved == analysis.Ledger.State(2022)!.Remaining, context);
        Assert.DoesNotContain(analysis.Findings, f => f.Code == FindingCodes.TextAmountMismatch);
    }
}
