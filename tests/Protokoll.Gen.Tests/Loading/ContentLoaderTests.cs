using Protokoll.Gen.Loading;
using Protokoll.Gen.Model;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Loading;

public sealed class ContentLoaderTests
{
    [Fact]
    public void The_sample_loads_without_findings()
    {
        var result = ContentLoader.Load(RepositoryPaths.SampleContent);

        FindingAssert.None(result.Findings);
        Assert.Equal("Styrgruppen", result.Content.Settings.Body);
        Assert.Equal(["2022-09-15-styrgrupp", "2022-11-24-styrgrupp"], result.Content.Meetings.Select(m => m.Id));
        Assert.Equal(Enumerable.Range(1, 9), result.Content.Meetings[0].Items.Select(i => i.Number!.Value.Value));
    }

    [Fact]
    public void The_second_sample_meeting_continues_the_years_numbering_with_a_late_item()
    {
        var meeting = ContentLoader.Load(RepositoryPaths.SampleContent).Content.Meetings[1];

        Assert.Equal(["10", "11", "11 a", "12", "13", "14", "15"], meeting.Items.Select(i => i.Number.ToString()));
    }

    [Fact]
    public void Item_8_carries_the_seeds_grant_and_the_line_of_each_value()
    {
        var item = ContentLoader.Load(RepositoryPaths.SampleContent).Content.Meetings[0].Items[7];

        Assert.Equal("Beslut nätverksprocess om utmaningen projektberedskap", item.Title);
        var allocation = Assert.Single(item.Allocations);
        Assert.Equal(("Projektberedskap", "process", 275740m), (allocation.Process, allocation.Stage, allocation.Amount));
        Assert.Equal(ItemOutcome.Approved, item.Outcome);
        Assert.Equal((7, 9), (item.Source["amount"].Line, item.Source["amount"].Column));
        Assert.StartsWith("Kansliet föreslår att styrgruppen beslutar", item.Proposal, StringComparison.Ordinal);
        Assert.StartsWith("### Bakgrund:", item.Body, StringComparison.Ordinal);
        Assert.Equal(17, item.BodyLine);
        Assert.Equal(["Arbetsplan Projektberedskap, Lindesbergs kommun"], item.Attachments);
    }

    [Fact]
    public void Meetings_come_in_date_order_whatever_their_folder_names()
    {
        using var content = TempContent.Minimal();
        content.Write("meetings/a-later/meeting.yml", "date: 2022-11-01\n");
        content.Write("meetings/z-earlier/meeting.yml", "date: 2022-01-10\n");

        var meetings = ContentLoader.Load(content.Root).Content.Meetings;

        Assert.Equal(["z-earlier", "2022-03-08-styrgrupp", "a-later"], meetings.Select(m => m.Id));
    }

    [Fact]
    public void Items_sort_by_number_with_late_letters_after_their_number()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("a.md", "number: 18\ntitle: Arton");
        content.WriteItem("b.md", "number: 17a\ntitle: Sjutton a");
        content.WriteItem("c.md", "number: 17\ntitle: Sjutton");

        var items = ContentLoader.Load(content.Root).Content.Meetings[0].Items;

        Assert.Equal(["17", "17 a", "18"], items.Select(i => i.Number.ToString()));
    }

    [Fact]
    public void Motives_written_as_a_list_of_paragraphs_become_paragraphs()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T\nmotives:\n  - Första stycket.\n  - Andra stycket.");

        var item = ContentLoader.Load(content.Root).Content.Meetings[0].Items[0];

        Assert.Equal("Första stycket.\n\nAndra stycket.", item.Motives);
    }

    [Fact]
    public void Several_allocations_fund_several_lines()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", """
            number: 1
            title: Två processer
            allocations:
              - { process: KEEN, stage: step1, amount: 1000 }
              - { process: Matvård, stage: process, amount: "2 500,50 kr" }
            """);

        var result = ContentLoader.Load(content.Root);

        FindingAssert.None(result.Findings);
        Assert.Equal([1000m, 2500.50m], result.Content.Meetings[0].Items[0].Allocations.Select(a => a.Amount));
    }

    [Fact]
    public void Crlf_bom_and_nfd_text_read_the_same_as_plain_utf8()
    {
        using var content = TempContent.Minimal();
        var decomposed = "Matva\u030Ard";
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }
            .Concat(System.Text.Encoding.UTF8.GetBytes($"---\r\nnumber: 1\r\ntitle: T\r\nprocess: {decomposed}\r\nstage: step1\r\namount: 10\r\n---\r\nText\r\n"))
            .ToArray();
        content.WriteBytes("meetings/2022-03-08-styrgrupp/1.md", bytes);

        var result = Protokoll.Gen.Checks.CheckSuite.Run(content.Root);

        FindingAssert.None(result.Findings);
        var item = result.Content.Meetings[0].Items[0];
        Assert.Equal("Matvård", item.Allocations[0].Process);
        Assert.Equal((6, 9), (item.Source["amount"].Line, item.Source["amount"].Column));
        Assert.Equal("Text\n", item.Body);
    }

    [Fact]
    public void Loading_never_writes_into_the_content_folder()
    {
        using var content = TempContent.FromSample();
        var before = Snapshot(content.Root);

        Protokoll.Gen.Checks.CheckSuite.Run(content.Root);

        Assert.Equal(before, Snapshot(content.Root));
    }

    private static string Snapshot(string root) =>
        string.Join("\n", Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => $"{p}|{(File.Exists(p) ? File.GetLastWriteTimeUtc(p).Ticks + "|" + new FileInfo(p).Length : "dir")}"));
}
