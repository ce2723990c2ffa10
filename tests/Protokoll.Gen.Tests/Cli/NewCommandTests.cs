using Protokoll.Gen.Checks;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Cli;

public sealed class NewCommandTests
{
    private const string SampleMeeting = "2022-09-15-styrgrupp";

    [Fact]
    public void A_new_item_takes_the_number_after_the_highest_and_a_slug_of_its_title()
    {
        using var content = TempContent.FromSample();
        content.UsePerMeetingNumbering();

        var run = CliRun.InProcess("new", "item", "--dir", content.Root, "--meeting", SampleMeeting, "--title", "Övriga frågor: Åre & Växjö");

        Assert.Equal(0, run.ExitCode);
        var file = content.PathOf($"meetings/{SampleMeeting}/10-ovriga-fragor-are-vaxjo.md");
        Assert.Equal("---\nnumber: 10\ntitle: \"Övriga frågor: Åre & Växjö\"\n---\n", File.ReadAllText(file));
        Assert.Contains("10-ovriga-fragor-are-vaxjo.md (item 10)", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.InProcess("check", content.Root).ExitCode);
    }

    [Fact]
    public void An_argument_that_starts_with_an_at_sign_is_a_value_not_a_response_file()
    {
        using var content = TempContent.FromSample();
        content.UsePerMeetingNumbering();

        var run = CliRun.InProcess("new", "item", "--dir", content.Root, "--meeting", SampleMeeting, "--title", "@x");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Response file", run.Error, StringComparison.Ordinal);
        var file = Directory.GetFiles(content.PathOf($"meetings/{SampleMeeting}"), "10-*.md").Single();
        Assert.Contains("title: \"@x\"\n", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void New_item_accepts_every_item_type_of_the_content_format_and_nothing_else()
    {
        using var content = TempContent.FromSample();
        content.UsePerMeetingNumbering();

        foreach (var type in ContentFormat.ItemTypes.Keys)
        {
            var run = CliRun.InProcess("new", "item", "--dir", content.Root, "--meeting", SampleMeeting, "--title", $"Typ {type}", "--type", type);

            Assert.True(run.ExitCode == 0, run.Error);
            var file = Directory.GetFiles(content.PathOf($"meetings/{SampleMeeting}"), $"*-typ-{type}.md").Single();
            Assert.Contains($"type: {type}\n", File.ReadAllText(file), StringComparison.Ordinal);
        }

        var wrong = CliRun.InProcess("new", "item", "--dir", content.Root, "--meeting", SampleMeeting, "--title", "Fel", "--type", "beslut");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("beslut", wrong.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_leave_no_gap_filling_they_follow_the_highest()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("01-a.md", "number: 1\ntitle: A");
        content.WriteItem("07-b.md", "number: 7\ntitle: B");

        CliRun.InProcess("new", "item", "--dir", content.Root, "--meeting", "2022-03-08-styrgrupp", "--title", "C");

        Assert.True(File.Exists(content.PathOf("meetings/2022-03-08-styrgrupp/08-c.md")));
    }

    [Fact]
    public void Under_per_year_numbering_the_number_follows_the_years_earlier_meetings()
    {
        using var content = TempContent.Minimal();
        content.Write("protokoll.yml", "organisation: T\nbody: S\nnumbering: per-year\n");
        content.WriteItem("12-a.md", "number: 12\ntitle: A");
        content.Write("meetings/2022-05-01-styrgrupp/meeting.yml", "date: 2022-05-01\n");
        content.Write("meetings/2021-12-01-styrgrupp/meeting.yml", "date: 2021-12-01\n");
        content.WriteItem("40-x.md", "number: 40\ntitle: X", meeting: "2021-12-01-styrgrupp");

        var run = CliRun.InProcess("new", "item", "--dir", content.Root, "--meeting", "2022-05-01-styrgrupp", "--title", "Nästa");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(content.PathOf("meetings/2022-05-01-styrgrupp/13-nasta.md")));
    }

    [Fact]
    public void A_grant_is_checked_at_once_and_the_budget_left_is_printed()
    {
        using var content = TempContent.FromSample();
        content.UsePerMeetingNumbering();
        content.Write("meetings/2022-11-10-styrgrupp/meeting.yml", "date: 2022-11-10\n");

        var run = CliRun.InProcess("new", "item", "--dir", content.Root, "--meeting", "2022-11-10-styrgrupp",
            "--title", "Beslut Klimatanpassning steg 1", "--process", "Klimatanpassning", "--stage", "step1", "--amount", "20 000 kr");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No findings.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Klimatanpassning: 70\u00A0000,00\u00A0kr reserved in 2022", run.Output, StringComparison.Ordinal);
        Assert.Contains("928\u00A0680,00\u00A0kr reserved", run.Output, StringComparison.Ordinal);
        Assert.Contains("71\u00A0320,00\u00A0kr remaining", run.Output, StringComparison.Ordinal);
        var text = File.ReadAllText(content.PathOf("meetings/2022-11-10-styrgrupp/01-beslut-klimatanpassning-steg-1.md"));
        Assert.Contains("type: decision\nprocess: Klimatanpassning\nstage: step1\namount: 20000\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_process_is_reported_for_the_new_file_with_exit_1()
    {
        using var content = TempContent.FromSample();
        content.UsePerMeetingNumbering();

        var run = CliRun.InProcess("new", "item", "--dir", content.Root, "--meeting", SampleMeeting,
            "--title", "Fel", "--process", "Matvard", "--stage", "step1", "--amount", "100");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("10-fel.md:5:10: error PG105: The process 'Matvard' is not in the 2022 budget. Did you mean 'Matvård'?", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void New_item_refuses_to_overwrite_a_file_of_the_same_name()
    {
        using var content = TempContent.Minimal();
        var existing = content.Write("meetings/2022-03-08-styrgrupp/01-val.md", "utkast utan front matter\n");

        var run = CliRun.InProcess("new", "item", "--dir", content.Root, "--meeting", "2022-03-08-styrgrupp", "--title", "Val");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("01-val.md already exists", run.Error, StringComparison.Ordinal);
        Assert.Equal("utkast utan front matter\n", File.ReadAllText(existing));
    }

    [Fact]
    public void An_unknown_meeting_or_an_unreadable_amount_is_a_usage_error()
    {
        using var content = TempContent.FromSample();

        var meeting = CliRun.InProcess("new", "item", "--dir", content.Root, "--meeting", "2022-09-15-styrgrup", "--title", "A");
        var amount = CliRun.InProcess("new", "item", "--dir", content.Root, "--meeting", SampleMeeting, "--title", "A", "--process", "KEEN", "--amount", "1.000,50");

        Assert.Equal(2, meeting.ExitCode);
        Assert.Contains("Did you mean '2022-09-15-styrgrupp'?", meeting.Error, StringComparison.Ordinal);
        Assert.Equal(2, amount.ExitCode);
        Assert.Equal(9, Directory.GetFiles(content.PathOf($"meetings/{SampleMeeting}"), "*.md").Length);
    }

    [Fact]
    public void A_title_with_quotes_colons_and_hashes_round_trips_through_the_cli()
    {
        using var content = TempContent.Minimal();
        const string title = "Beslut: \"Matvård\" #2 – 'steg 1'";

        CliRun.InProcess("new", "item", "--dir", content.Root, "--meeting", "2022-03-08-styrgrupp", "--title", title);

        var item = Assert.Single(CheckSuite.Run(content.Root).Content.Meetings.Single().Items);
        Assert.Equal(title, item.Title);
        Assert.EndsWith("01-beslut-matvard-2-steg-1.md", item.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_meeting_is_named_by_date_and_body_and_points_at_the_repositorys_schemas()
    {
        using var temp = TempContent.Empty();
        Directory.CreateDirectory(Path.Combine(temp.Directory, "schemas"));
        File.WriteAllText(Path.Combine(temp.Directory, "schemas", "protokoll.schema.json"), "{}");
        temp.Write("protokoll.yml", "organisation: T\nbody: S\n");

        var run = CliRun.InProcess("new", "meeting", "--dir", temp.Root, "--date", "2023-02-14", "--body", "Årsmötet");
        var plain = CliRun.InProcess("new", "meeting", "--dir", temp.Root, "--date", "2023-03-01");

        Assert.Equal((0, 0), (run.ExitCode, plain.ExitCode));
        var text = File.ReadAllText(temp.PathOf("meetings/2023-02-14-arsmotet/meeting.yml"));
        Assert.StartsWith("# yaml-language-server: $schema=../../../schemas/meeting.schema.json\ndate: 2023-02-14\nbody: Årsmötet\n", text, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.PathOf("meetings/2023-03-01-mote/meeting.yml")));
        Assert.Equal(0, CliRun.InProcess("check", temp.Root).ExitCode);
    }

    [Fact]
    public void New_meeting_refuses_an_existing_meeting()
    {
        using var content = TempContent.Minimal();
        var before = File.ReadAllText(content.PathOf("meetings/2022-03-08-styrgrupp/meeting.yml"));

        var run = CliRun.InProcess("new", "meeting", "--dir", content.Root, "--date", "2022-03-08", "--body", "Styrgrupp");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("meeting.yml already exists", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(content.PathOf("meetings/2022-03-08-styrgrupp/meeting.yml")));
    }
}
