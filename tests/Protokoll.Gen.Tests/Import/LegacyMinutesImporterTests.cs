using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Import;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Import;

/// <summary>Legacy minutes in, a content folder out: the seed's table must come back figure for figure.</summary>
public sealed class LegacyMinutesImporterTests
{
    private static readonly ImportOptions Options = new() { Date = new DateOnly(2022, 9, 15), DateGiven = true };

    [Fact]
    public void The_imported_seed_has_the_seeds_budget_table()
    {
        using var temp = TempContent.Empty();
        var output = Path.Combine(temp.Directory, "imported");

        var run = CliRun.InProcess("import", RepositoryPaths.Seed, "-o", output, "--date", "2022-09-15");
        var budget = CliRun.InProcess("budget", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, budget.ExitCode);
        Assert.Equal(CliRun.InProcess("budget", RepositoryPaths.SampleContent).Output, budget.Output);
        var state = CheckSuite.Run(output).Ledger.State(2022)!;
        Assert.Equal(["KEEN", "Matvård", "Projektberedskap", "Projektinfrastruktur", "Klimatanpassning"], state.Processes.Select(p => p.Name));
        Assert.Equal([75_810.00m, 832_870.00m], state.Stages.Select(s => s.Total));
        Assert.Equal((1_000_000m, 908_680.00m, 91_320.00m), (state.Total, state.Reserved, state.Remaining));
    }

    [Fact]
    public void The_items_grant_is_on_the_item_and_not_repeated_in_the_budget()
    {
        using var temp = TempContent.Empty();
        var result = Plan(File.ReadAllText(RepositoryPaths.Seed), temp);
        result.Files.Write();

        var analysis = CheckSuite.Run(temp.Root);

        FindingAssert.None(analysis.Findings);
        var item = Assert.Single(analysis.Content.Meetings.Single().Items);
        var grant = Assert.Single(item.Allocations);
        Assert.Equal(("Projektberedskap", "process", 275_740m), (grant.Process, grant.Stage, grant.Amount));
        Assert.DoesNotContain(analysis.Content.Budgets.Single().Allocations, a => a.Process == "Projektberedskap" && a.Stage == "process");
        Assert.Equal("Utmaningsdrivna nätverksprocesser", analysis.Content.Budgets.Single().Title);
    }

    [Fact]
    public void The_seeds_item_keeps_its_proposal_motives_and_text()
    {
        using var temp = TempContent.Empty();
        Plan(File.ReadAllText(RepositoryPaths.Seed), temp).Files.Write();

        var item = CheckSuite.Run(temp.Root).Content.Meetings.Single().Items.Single();

        Assert.Equal(8, item.Number!.Value.Value);
        Assert.Equal("Beslut nätverksprocess om utmaningen projektberedskap", item.Title);
        Assert.Equal(Protokoll.Gen.Model.ItemType.Decision, item.Type);
        Assert.StartsWith("Kansliet föreslår att styrgruppen beslutar", item.Proposal, StringComparison.Ordinal);
        Assert.StartsWith("Utmaningen möter de uppsatta kriterierna", item.Motives, StringComparison.Ordinal);
        Assert.StartsWith("### Bakgrund:\n\nI Lindesbergs kommun", item.Body, StringComparison.Ordinal);
        Assert.Contains("ser möjligheter med servicepunkterna. Fler enheter", item.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Total budget", item.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_total_in_the_legacy_table_is_a_finding_at_its_line_and_column()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Seed);
        var row = Array.FindIndex(lines, l => l.StartsWith("<b>Total</b>", StringComparison.Ordinal));
        lines[row] = lines[row].Replace("75 810,00 kr", "75 180,00 kr", StringComparison.Ordinal);
        using var temp = TempContent.Empty();

        var result = Plan(string.Join("\n", lines) + "\n", temp);

        var finding = FindingAssert.At(result.Findings, FindingCodes.ImportArithmetic, "legacy.md", row + 1, lines[row].IndexOf("<b>75", StringComparison.Ordinal) + 1);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("'Steg 1' is printed as 75\u00A0180,00\u00A0kr but the sum of its column is 75\u00A0810,00\u00A0kr", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_reserved_figure_is_a_finding_on_the_summary_line_and_the_import_exits_1()
    {
        var text = File.ReadAllText(RepositoryPaths.Seed).Replace("908 680,00 kr", "908 000,00 kr", StringComparison.Ordinal);
        using var temp = TempContent.Empty();
        var legacy = Path.Combine(temp.Directory, "legacy.md");
        File.WriteAllText(legacy, text);

        var run = CliRun.InProcess("import", legacy, "-o", temp.Root);

        Assert.Equal(1, run.ExitCode);
        var line = Array.FindIndex(text.Split('\n'), l => l.Contains("Reserverat", StringComparison.Ordinal)) + 1;
        Assert.Contains($"legacy.md:{line}:", run.Output, StringComparison.Ordinal);
        Assert.Contains("error PG501: Reserverat belopp is printed as 908\u00A0000,00\u00A0kr", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_table_and_unmapped_text_are_read_and_nothing_is_dropped()
    {
        const string legacy = """
            Protokoll fört vid styrgruppens möte

            ## 3. Beslut om Matvård

            Kansliet föreslår att styrgruppen beviljar Matvård 12 000 kr för steg 1.

            ### Beslut:

            Styrgruppen beslutar enligt förslaget.

            ### Budget

            | <u>Total budget 2023</u> | 100 000,00 kr | <u>Reserverat belopp</u> | 42 000,00 kr | <u>Kvar belopp</u> | 58 000,00 kr |
            |---|---|---|---|---|---|
            | **Process** | **Steg 1** | **Steg 2** |
            | Matvård | 12 000,00 kr | 30 000,00 kr |
            | Övrigt | - kr | - kr |
            | **Total** | **12 000,00 kr** | **30 000,00 kr** |

            Tabellen uppdaterades efter mötet.

            ## 4. Övriga frågor

            Inga <b>övriga</b> frågor.
            """;
        using var temp = TempContent.Empty();

        var result = Plan(legacy, temp);
        result.Files.Write();
        var analysis = CheckSuite.Run(temp.Root);

        FindingAssert.None(analysis.Findings);
        Assert.Equal(2, result.Findings.Count(f => f.Code == FindingCodes.ImportUnmapped));
        FindingAssert.None(result.Findings.Where(f => f.Code != FindingCodes.ImportUnmapped).ToArray());
        var items = analysis.Content.Meetings.Single().Items;
        Assert.Equal(("Matvård", "step1", 12_000m), (items[0].Allocations[0].Process, items[0].Allocations[0].Stage, items[0].Allocations[0].Amount));
        Assert.Equal("Styrgruppen beslutar enligt förslaget.", items[0].Decision);
        Assert.StartsWith("Protokoll fört vid styrgruppens möte", items[0].Body, StringComparison.Ordinal);
        Assert.Contains("Tabellen uppdaterades efter mötet.", items[0].Body, StringComparison.Ordinal);
        Assert.Equal("Inga **övriga** frågor.\n", items[1].Body);
        var state = analysis.Ledger.State(2023)!;
        Assert.Equal(["step1", "step2"], state.Stages.Select(s => s.Key));
        Assert.Equal((42_000m, 58_000m), (state.Reserved, state.Remaining));
    }

    [Fact]
    public void An_amount_the_table_cannot_place_is_named_and_the_item_keeps_its_text()
    {
        var text = File.ReadAllText(RepositoryPaths.Seed).Replace("budget (275 740 kr)", "budget (275 000 kr)", StringComparison.Ordinal);
        using var temp = TempContent.Empty();

        var result = Plan(text, temp);

        var finding = FindingAssert.Single(result.Findings, FindingCodes.ImportUnmapped);
        Assert.Contains("Projektberedskap's row of the budget table has no cell of that amount", finding.Message, StringComparison.Ordinal);
        Assert.Contains("{ process: Projektberedskap, stage: process, amount: 275740 }", string.Concat(result.Files.Paths.Where(p => p.EndsWith("2022.yml", StringComparison.Ordinal)).Select(result.Files.TextOf)), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_date_the_meeting_is_dated_today_and_the_report_says_so()
    {
        using var temp = TempContent.Empty();
        var today = DateOnly.FromDateTime(DateTime.Now);

        var run = CliRun.InProcess("import", RepositoryPaths.Seed, "-o", temp.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"dated today ({today:yyyy-MM-dd})", run.Output, StringComparison.Ordinal);
        Assert.Contains("budget: 2022\n", File.ReadAllText(temp.PathOf($"meetings/{today:yyyy-MM-dd}-styrgruppen/meeting.yml")), StringComparison.Ordinal);
        Assert.Equal(0, CliRun.InProcess("check", temp.Root).ExitCode);
    }

    [Fact]
    public void Import_refuses_to_overwrite_and_writes_nothing()
    {
        using var temp = TempContent.Empty();
        temp.Write("budgets/2022.yml", "mine\n");

        var run = CliRun.InProcess("import", RepositoryPaths.Seed, "-o", temp.Root, "--date", "2022-09-15");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("2022.yml already exists", run.Error, StringComparison.Ordinal);
        Assert.Equal("mine\n", File.ReadAllText(temp.PathOf("budgets/2022.yml")));
        Assert.False(File.Exists(temp.PathOf("protokoll.yml")));
    }

    private static ImportResult Plan(string legacyText, TempContent temp)
    {
        var legacy = Path.Combine(temp.Directory, "legacy.md");
        File.WriteAllText(legacy, legacyText);
        return LegacyMinutesImporter.Plan(legacy, temp.Root, Options);
    }
}
