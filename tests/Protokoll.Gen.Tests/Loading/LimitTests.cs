using System.Text;
using AngleSharp.Html.Parser;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Loading;

/// <summary>
/// Hostile sizes and shapes get a clear finding (or work), never a hang, a crash or a memory blow-up: what a pull
/// request from anyone may contain, since CI checks and renders it.
/// </summary>
public sealed class LimitTests
{
    private const string Meeting = "meetings/2022-03-08-styrgrupp/";

    [Fact]
    public void A_billion_laughs_document_is_refused_at_its_first_anchor()
    {
        using var content = TempContent.Minimal();
        var laughs = new StringBuilder("date: 2022-03-08\nlol0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 10; i++)
        {
            laughs.Append(FormattableString.Invariant($"lol{i}: &a{i} [*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1}]\n"));
        }

        content.Write(Meeting + "meeting.yml", laughs.ToString());

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.YamlLimit, "meeting.yml", 2, 7);
        Assert.Contains("anchors", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_blocks_in_a_budget_are_refused_with_a_finding()
    {
        using var content = TempContent.Minimal();
        content.Write("budgets/2022.yml", "year: 2022\ntotal: 1000\nprocesses: [P]\ntitle: " + string.Concat(Enumerable.Repeat("{a: ", 100)) + "1" + new string('}', 100) + "\n");

        var finding = FindingAssert.Single(FindingAssert.Check(content).Findings, FindingCodes.YamlLimit);
        Assert.Equal(4, finding.Location.Line);
    }

    [Fact]
    public void More_than_100_000_values_in_one_file_are_refused_with_a_finding()
    {
        using var content = TempContent.Minimal();
        content.Write("budgets/2022.yml", "year: 2022\ntotal: 1000\nprocesses: [" + string.Join(",", Enumerable.Repeat("P", YamlTreeParser.MaxNodes)) + "]\n");

        var finding = FindingAssert.Single(FindingAssert.Check(content).Findings, FindingCodes.YamlLimit);
        Assert.Equal(3, finding.Location.Line);
        Assert.Contains("100000 values", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_MB_file_is_refused_at_its_start_without_being_read()
    {
        using var content = TempContent.Minimal();
        using (var file = File.Create(content.PathOf(Meeting + "1.md")))
        {
            file.SetLength(50L * 1024 * 1024);
        }

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.YamlLimit, "1.md", 1, 1);
        Assert.Contains("50 MB", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_10_MB_line_is_over_the_file_limit_and_a_7_MB_line_within_it_loads_whole()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: Lång", new string('a', 10 * 1024 * 1024));
        content.WriteItem("2.md", "number: 2\ntitle: Nästan lika lång", new string('b', 7 * 1024 * 1024));

        var analysis = FindingAssert.Check(content);

        FindingAssert.At(analysis.Findings, FindingCodes.YamlLimit, "1.md", 1, 1);
        Assert.Equal(7 * 1024 * 1024, analysis.Content.Meetings[0].Items.Single().Body.Length);
    }

    [Fact]
    public void More_than_ten_thousand_items_in_a_meeting_are_one_finding_and_none_is_read()
    {
        using var content = TempContent.Minimal();
        var folder = content.PathOf(Meeting);
        for (var i = 1; i <= ContentFormat.MaxItemsPerMeeting + 1; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"{i}.md"), []);
        }

        var analysis = FindingAssert.Check(content);

        var finding = FindingAssert.At(analysis.Findings, FindingCodes.TooManyItems, "meeting.yml", 1, 1);
        Assert.Contains("10000", finding.Message, StringComparison.Ordinal);
        Assert.Single(analysis.Findings);
    }

    [Fact]
    public void Thirty_digit_amounts_are_a_finding_at_the_value_in_every_file_kind()
    {
        using var content = TempContent.Minimal();
        const string Huge = "123456789012345678901234567890";
        content.Write("budgets/2022.yml", $"year: 2022\ntotal: {Huge}\nprocesses: [KEEN]\n");
        content.WriteItem("1.md", $"number: 1\ntitle: T\nprocess: KEEN\namount: \"{Huge} kr\"\nproposal: Beviljas {Huge} kr.");

        var findings = FindingAssert.Check(content).Findings;

        Assert.Equal(2, findings.Count(f => f.Code == FindingCodes.AmountTooLarge));
        Assert.Contains(findings, f => f.Code == FindingCodes.AmountTooLarge && f.Location.File.EndsWith("2022.yml", StringComparison.Ordinal) && (f.Location.Line, f.Location.Column) == (2, 8));
        Assert.Contains(findings, f => f.Code == FindingCodes.AmountTooLarge && f.Location.File.EndsWith("1.md", StringComparison.Ordinal) && (f.Location.Line, f.Location.Column) == (5, 9));
    }

    [Fact]
    public void Meetings_in_the_years_1_and_9999_are_checked_ordered_and_built()
    {
        using var content = TempContent.Empty();
        content.Write("protokoll.yml", "organisation: O\nbody: Styrgruppen\n");
        content.Write("budgets/1.yml", "year: 1\ntotal: 1000\nprocesses: [P]\n");
        content.Write("budgets/9999.yml", "year: 9999\ntotal: 1000\nprocesses: [P]\n");
        content.Write("meetings/sista/meeting.yml", "date: 9999-12-31\n");
        content.WriteItem("1.md", "number: 1\ntitle: Sist\nprocess: P\namount: 600", meeting: "sista");
        content.Write("meetings/forsta/meeting.yml", "date: 0001-01-01\n");
        content.WriteItem("1.md", "number: 1\ntitle: Först\nprocess: P\namount: 400", meeting: "forsta");

        var analysis = FindingAssert.Check(content);
        using var site = BuiltSite.Of(content.Root);

        FindingAssert.None(analysis.Findings);
        Assert.Equal(["forsta", "sista"], analysis.Content.Meetings.Select(m => m.Id));
        Assert.Equal(400m, analysis.Ledger.State(1)!.Reserved);
        Assert.Equal(600m, analysis.Ledger.State(9999)!.Reserved);
        Assert.Equal(0, site.Run.ExitCode);
        var index = new HtmlParser().ParseDocument(site.Text("index.html"));
        Assert.Equal(["Styrgruppen 31 december 9999", "Styrgruppen 1 januari 1"], index.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.True(site.Exists("budget/1.html") && site.Exists("budget/9999.html"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    [InlineData(-2022)]
    public void A_budget_year_outside_1_to_9999_is_a_finding_and_the_build_writes_nothing(int year)
    {
        using var content = TempContent.Empty();
        content.Write("protokoll.yml", "organisation: O\nbody: B\n");
        content.Write($"budgets/{year}.yml", $"year: {year}\ntotal: 1000\nprocesses: [P]\n");

        var findings = FindingAssert.Check(content).Findings;
        using var site = BuiltSite.Of(content.Root);

        Assert.Contains(findings, f => f.Code is FindingCodes.InvalidValue or FindingCodes.WrongType && f.Location.Line == 1);
        Assert.Equal(1, site.Run.ExitCode);
        Assert.Empty(site.Files());
    }

    [Fact]
    public void A_title_of_100_000_characters_is_checked_and_built_whole()
    {
        using var content = TempContent.Minimal();
        var title = string.Concat(Enumerable.Repeat("Långt namn ", 10_000))[..100_000];
        content.WriteItem("1.md", $"number: 1\ntitle: \"{title}\"");

        var analysis = FindingAssert.Check(content);
        using var site = BuiltSite.Of(content.Root);

        FindingAssert.None(analysis.Findings);
        Assert.Equal(0, site.Run.ExitCode);
        var heading = new HtmlParser().ParseDocument(site.Text("2022-03-08-styrgrupp/protokoll.html")).QuerySelector("#p1-heading")!;
        Assert.Equal("1. " + title.Trim(), heading.TextContent);
    }
}
