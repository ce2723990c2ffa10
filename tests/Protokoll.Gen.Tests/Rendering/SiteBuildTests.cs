using AngleSharp.Html.Parser;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Rendering;

public sealed class SiteBuildTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_sample_builds_every_document()
    {
        using var site = BuiltSite.Of(RepositoryPaths.SampleContent);

        Assert.Equal(0, site.Run.ExitCode);
        var meetings = new Dictionary<string, string[]>
        {
            ["2022-09-15-styrgrupp"] = ["1", "2", "3", "4", "5", "6", "7", "8", "9"],
            ["2022-11-24-styrgrupp"] = ["10", "11", "11a", "12", "13", "14", "15"],
        };
        var expected = meetings
            .SelectMany(m => new[] { $"{m.Key}/kallelse.html", $"{m.Key}/protokoll.html" }.Concat(m.Value.Select(n => $"{m.Key}/utdrag/{n}.html")))
            .Concat([".protokoll-output", "assets/protokoll.css", "budget/2022.csv", "budget/2022.html", "budget/2022.json", "budget/2022.md", "index.html"])
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, site.Files());
    }

    [Fact]
    public void The_minutes_show_item_8_with_proposal_motives_background_decision_and_the_seeds_budget()
    {
        using var site = BuiltSite.Of(RepositoryPaths.SampleContent);
        var document = Parser.ParseDocument(site.Text("2022-09-15-styrgrupp/protokoll.html"));

        Assert.Equal("Protokoll fört vid möte med Styrgruppen den 15 september 2022", Assert.Single(document.QuerySelectorAll("h1")).TextContent);
        var item = document.QuerySelector("#p8")!;
        Assert.Equal("§ 8 Beslut nätverksprocess om utmaningen projektberedskap", item.QuerySelector("h2")!.TextContent);
        Assert.Contains("budget (275 740 kr) som Lindesbergs kommun lämnat till kansliet", item.QuerySelector(".proposal")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Utmaningen möter de uppsatta kriterierna", item.QuerySelector(".motives")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Bakgrund:", item.QuerySelector(".content h3")!.TextContent);
        Assert.Contains("Styrgruppen beslutar enligt kansliets förslag.", item.QuerySelector(".decision")!.TextContent, StringComparison.Ordinal);
        var summary = item.QuerySelectorAll(".budget-summary td").Select(td => td.TextContent.Replace('\u00A0', ' ')).ToArray();
        Assert.Equal(["1 000 000,00 kr", "908 680,00 kr", "91 320,00 kr"], summary);
        var totals = item.QuerySelectorAll(".budget-table tfoot td").Select(td => td.TextContent.Replace('\u00A0', ' ')).ToArray();
        Assert.Equal(["75 810,00 kr", "832 870,00 kr"], totals);
    }

    [Fact]
    public void The_minutes_follow_swedish_conventions_for_attendance_and_signatures()
    {
        using var site = BuiltSite.Of(RepositoryPaths.SampleContent);
        var document = Parser.ParseDocument(site.Text("2022-09-15-styrgrupp/protokoll.html"));

        var attendance = document.QuerySelector(".attendance")!.TextContent;
        Assert.Contains("Jonas Berg, Coompanion Östergötland (punkt 1 t.o.m. 7)", attendance, StringComparison.Ordinal);
        Assert.Contains("Karin Nyström, LRF (på distans)", attendance, StringComparison.Ordinal);
        Assert.Contains("Frånvarande", attendance, StringComparison.Ordinal);
        var roles = document.QuerySelectorAll(".signature .role").Select(e => e.TextContent).ToArray();
        Assert.Equal(["Vid protokollet", "Ordförande", "Justerare"], roles);
        Assert.Equal(["Erik Sandberg", "Anna Lindqvist", "Maria Holm"], document.QuerySelectorAll(".signature .line").Select(e => e.TextContent));
    }

    [Fact]
    public void The_notice_lists_the_agenda_with_proposals_and_no_decisions()
    {
        using var site = BuiltSite.Of(RepositoryPaths.SampleContent);
        var document = Parser.ParseDocument(site.Text("2022-09-15-styrgrupp/kallelse.html"));

        Assert.Equal(9, document.QuerySelectorAll(".agenda-list li").Length);
        Assert.Equal("§ 8 Beslut nätverksprocess om utmaningen projektberedskap", document.QuerySelectorAll(".agenda-list li")[7].TextContent);
        Assert.NotNull(document.QuerySelector("#p8 .proposal"));
        Assert.Empty(document.QuerySelectorAll(".decision"));
        Assert.Empty(document.QuerySelectorAll(".budget-table"));
    }

    [Fact]
    public void An_extract_carries_the_meeting_header_one_item_and_the_signatures()
    {
        using var site = BuiltSite.Of(RepositoryPaths.SampleContent);
        var document = Parser.ParseDocument(site.Text("2022-09-15-styrgrupp/utdrag/8.html"));

        Assert.Equal("Utdrag ur protokoll fört vid möte med Styrgruppen den 15 september 2022", document.QuerySelector("h1")!.TextContent);
        Assert.Single(document.QuerySelectorAll("section.item"));
        Assert.NotNull(document.QuerySelector("#p8 .budget-table"));
        Assert.Equal(3, document.QuerySelectorAll(".signature").Length);
        Assert.Equal("../../assets/protokoll.css", document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_budget_summary_page_equals_the_seeds_table_and_has_an_svg_chart_without_script()
    {
        using var site = BuiltSite.Of(RepositoryPaths.SampleContent);
        var document = Parser.ParseDocument(site.Text("budget/2022.html"));

        var rows = document.QuerySelectorAll(".budget-table tbody tr")
            .Select(tr => string.Join(" | ", tr.Children.Select(c => c.TextContent.Replace('\u00A0', ' '))))
            .ToArray();
        Assert.Equal(
            [
                "KEEN | 15 810,00 kr | 109 840,00 kr",
                "Matvård | 20 000,00 kr | 197 290,00 kr",
                "Projektberedskap | 20 000,00 kr | 275 740,00 kr",
                "Projektinfrastruktur | 20 000,00 kr | 200 000,00 kr",
                "Klimatanpassning | - kr | 50 000,00 kr",
            ],
            rows);
        var chart = document.QuerySelector("svg.budget-chart")!;
        Assert.Contains("Projektberedskap: 295", chart.QuerySelector("desc")!.TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Equal(site.Text("budget/2022.md"), CliRun.InProcess("budget", RepositoryPaths.SampleContent, "--format", "md").Output);
    }

    [Fact]
    public void The_index_lists_meetings_newest_first_with_their_documents_and_the_budgets()
    {
        using var content = TempContent.FromSample();
        content.Write("meetings/2022-12-08-styrgrupp/meeting.yml", "date: 2022-12-08\n");
        content.WriteItem("16.md", "number: 16\ntitle: Öppnande", meeting: "2022-12-08-styrgrupp");
        using var site = BuiltSite.Of(content.Root);
        var document = Parser.ParseDocument(site.Text("index.html"));

        Assert.Equal(["m-2022-12-08-styrgrupp", "m-2022-11-24-styrgrupp", "m-2022-09-15-styrgrupp"], document.QuerySelectorAll(".index-meeting h3").Select(h => h.Id));
        var links = document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains("2022-09-15-styrgrupp/protokoll.html", links);
        Assert.Contains("2022-09-15-styrgrupp/kallelse.html", links);
        Assert.Contains("2022-09-15-styrgrupp/utdrag/8.html", links);
        Assert.Contains("budget/2022.html", links);
    }

    [Theory]
    [InlineData("internal")]
    [InlineData("public")]
    public void Pages_are_accessible_by_structure_one_h1_headings_in_order_table_headers_with_scope_and_a_language(string edition)
    {
        using var site = BuiltSite.Of(RepositoryPaths.SampleContent, "--edition", edition);
        foreach (var page in site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = Parser.ParseDocument(site.Text(page));
            Assert.Equal("sv", document.DocumentElement.GetAttribute("lang"));
            Assert.Single(document.QuerySelectorAll("h1"));
            var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToArray();
            for (var i = 1; i < levels.Length; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{page}: heading level jumps from h{levels[i - 1]} to h{levels[i]}");
            }

            Assert.All(document.QuerySelectorAll("th"), th => Assert.False(string.IsNullOrEmpty(th.GetAttribute("scope")), $"{page}: a th without scope"));
            Assert.Empty(document.QuerySelectorAll("script"));
        }
    }

    [Fact]
    public void English_locale_gives_english_labels()
    {
        using var content = TempContent.FromSample();
        content.Write("protokoll.yml", "organisation: Rural network\nbody: Steering group\nlocale: en-GB\n");
        using var site = BuiltSite.Of(content.Root);
        var document = Parser.ParseDocument(site.Text("2022-09-15-styrgrupp/protokoll.html"));

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Minutes of the meeting of Steering group on 15 September 2022", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("SEK 908,680.00", document.QuerySelector("#p8 .budget-summary")!.TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public void Per_meeting_numbering_prints_numbers_with_a_full_stop_as_the_seed_does()
    {
        using var content = TempContent.FromSample();
        content.Write("protokoll.yml", "organisation: O\nbody: Styrgruppen\nnumbering: per-meeting\n");
        using var site = BuiltSite.Of(content.Root);

        Assert.Contains(">8. Beslut nätverksprocess", site.Text("2022-09-15-styrgrupp/protokoll.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        using var first = BuiltSite.Of(RepositoryPaths.SampleContent);
        using var second = BuiltSite.Of(RepositoryPaths.SampleContent);

        Assert.Equal(first.Files(), second.Files());
        foreach (var file in first.Files())
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Output, file))), $"{file} differs between builds");
        }
    }

    [Fact]
    public void A_build_with_content_errors_writes_nothing_and_exits_1()
    {
        using var content = TempContent.FromSample();
        content.WriteItem("10.md", "number: 10\ntitle: Fel\nprocess: KEEN\nstage: step1\namount: -1", meeting: "2022-09-15-styrgrupp");
        using var site = BuiltSite.Of(content.Root);

        Assert.Equal(1, site.Run.ExitCode);
        Assert.Contains("error PG102", site.Run.Error, StringComparison.Ordinal);
        Assert.Empty(site.Files());
    }
}
