using System.Text.RegularExpressions;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Rendering.Budget;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Budget;

/// <summary>
/// The golden test: the sample's budget equals the seed document's table, read from the seed itself
/// (tabs between cells, &lt;u&gt;/&lt;b&gt; tags around labels), cell by cell.
/// </summary>
public sealed partial class SeedBudgetTableTests
{
    [Fact]
    public void The_sample_reproduces_the_seeds_figures()
    {
        var state = CheckSuite.Run(RepositoryPaths.SampleContent).Ledger.State(2022)!;

        Assert.Equal(1_000_000.00m, state.Total);
        Assert.Equal(908_680.00m, state.Reserved);
        Assert.Equal(91_320.00m, state.Remaining);
        Assert.Equal([75_810.00m, 832_870.00m], state.Stages.Select(s => s.Total));
        Assert.Equal(["KEEN", "Matvård", "Projektberedskap", "Projektinfrastruktur", "Klimatanpassning"], state.Processes.Select(p => p.Name));
    }

    [Fact]
    public void The_text_table_equals_the_seeds_table_cell_by_cell()
    {
        var analysis = CheckSuite.Run(RepositoryPaths.SampleContent);
        var text = BudgetReport.Text(analysis.Ledger.State(2022)!, Labels.Embedded("sv-SE"));

        var printed = Rows(text.Split('\n').Skip(2), CellGap());
        var seed = Rows(SeedTableLines(), Tab());

        Assert.Equal(seed, printed);
    }

    [Fact]
    public void Reserved_is_the_sum_of_every_cell_and_remaining_is_total_minus_reserved()
    {
        var state = CheckSuite.Run(RepositoryPaths.SampleContent).Ledger.State(2022)!;

        Assert.Equal(state.Processes.SelectMany(p => p.Cells).Sum(c => c.Amount), state.Reserved);
        Assert.Equal(state.Total - state.Reserved, state.Remaining);
    }

    [Fact]
    public void Every_cell_traces_to_the_lines_that_produced_it()
    {
        var state = CheckSuite.Run(RepositoryPaths.SampleContent).Ledger.State(2022)!;
        var cell = state.Processes.Single(p => p.Name == "Projektberedskap").Cells.Single(c => c.Stage == "process");

        var entry = Assert.Single(cell.Entries);
        Assert.EndsWith("08-beslut-natverksprocess-projektberedskap.md", entry.Origin.File, StringComparison.Ordinal);
        Assert.Equal(7, entry.Origin.Line);
    }

    private static IEnumerable<string> SeedTableLines()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Seed);
        var start = Array.FindIndex(lines, l => l.Contains("Total budget 2022", StringComparison.Ordinal));
        return lines.Skip(start).Where(l => l.Contains('\t', StringComparison.Ordinal) && !l.StartsWith("---", StringComparison.Ordinal));
    }

    private static List<string[]> Rows(IEnumerable<string> lines, Regex separator) =>
        lines.Select(l => Tags().Replace(l, "").Replace('\u00A0', ' ').Trim())
            .Where(l => l.Length > 0)
            .Select(l => separator.Split(l).Select(c => c.Trim()).ToArray())
            .ToList();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex CellGap();

    [GeneratedRegex(@"\t")]
    private static partial Regex Tab();
}
