using Protokoll.Gen.Checks;
using Protokoll.Gen.Diff;
using Protokoll.Gen.Git;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Diff;

public sealed class ContentDiffTests
{
    [Fact]
    public void An_added_item_shows_its_amount_the_cell_and_the_years_figures()
    {
        using var before = TempContent.Minimal();
        using var after = TempContent.Minimal();
        after.WriteItem("1.md", "number: 1\ntitle: Klimat\nprocess: KEEN\nstage: step1\namount: 20000");

        var diff = Compare(before, after);

        var meeting = Assert.Single(diff.Meetings);
        Assert.Equal(("2022-03-08-styrgrupp", ChangeKind.Changed), (meeting.Id, meeting.Kind));
        var item = Assert.Single(meeting.Items);
        Assert.Equal((ChangeKind.Added, "content/meetings/2022-03-08-styrgrupp/1.md", "1", "Klimat", (decimal?)null, (decimal?)20000m),
            (item.Kind, item.Path, item.Number, item.Title, item.AmountBefore, item.AmountAfter));
        var cell = Assert.Single(diff.Cells);
        Assert.Equal((2022, "KEEN", "step1", "Steg 1", 0m, 20000m), (cell.Year, cell.Process, cell.Stage, cell.StageLabel, cell.Before, cell.After));
        var year = Assert.Single(diff.Years);
        Assert.Equal((0m, 20000m, 100000m, 80000m), (year.ReservedBefore, year.ReservedAfter, year.RemainingBefore, year.RemainingAfter));
    }

    [Fact]
    public void A_changed_item_names_the_fields_that_changed()
    {
        using var before = TempContent.Minimal();
        before.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 1000\ndecision: Beviljas.", "Text.\n");
        using var after = TempContent.Minimal();
        after.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: process\namount: 1500\ndecision: Beviljas.", "Ny text.\n");

        var item = Assert.Single(Assert.Single(Compare(before, after).Meetings).Items);

        Assert.Equal(ChangeKind.Changed, item.Kind);
        Assert.Equal(["stage", "amount", "body"], item.Fields);
        Assert.Equal((1000m, 1500m), (item.AmountBefore, item.AmountAfter));
    }

    [Fact]
    public void A_removed_item_and_a_removed_meeting_are_listed_with_what_they_granted()
    {
        using var before = TempContent.Minimal();
        before.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 1000");
        before.Write("meetings/2022-05-01-styrgrupp/meeting.yml", "date: 2022-05-01\n");
        using var after = TempContent.Minimal();

        var diff = Compare(before, after);

        Assert.Equal([("2022-03-08-styrgrupp", ChangeKind.Changed), ("2022-05-01-styrgrupp", ChangeKind.Removed)], diff.Meetings.Select(m => (m.Id, m.Kind)));
        var item = Assert.Single(diff.Meetings[0].Items);
        Assert.Equal((ChangeKind.Removed, (decimal?)1000m, (decimal?)null), (item.Kind, item.AmountBefore, item.AmountAfter));
        Assert.Equal((1000m, 0m), (diff.Cells[0].Before, diff.Cells[0].After));
    }

    [Fact]
    public void Identical_content_has_no_changes_but_still_every_years_figures()
    {
        using var before = TempContent.FromSample();
        using var after = TempContent.FromSample();

        var diff = Compare(before, after);

        Assert.False(diff.HasChanges);
        Assert.Empty(diff.Meetings);
        var year = Assert.Single(diff.Years);
        Assert.Equal((908680m, 908680m), (year.ReservedBefore, year.ReservedAfter));
    }

    [Fact]
    public void Between_reads_the_base_through_the_reader_and_the_head_from_the_working_folder()
    {
        using var before = TempContent.Minimal();
        using var working = TempContent.Minimal();
        working.WriteItem("1.md", "number: 1\ntitle: A\nprocess: Matvård\nstage: process\namount: 5000");
        var reader = new FolderRevisionReader(new Dictionary<string, string> { ["base"] = before.Root });

        var diff = ContentDiff.Between(reader, working.Root, "base", null);

        Assert.Equal(("base", (string?)null), (diff.BaseRevision, diff.HeadRevision));
        Assert.Equal("content/meetings/2022-03-08-styrgrupp/1.md", Assert.Single(Assert.Single(diff.Meetings).Items).Path);
        Assert.Equal(5000m, Assert.Single(diff.Years).ReservedAfter);
    }

    private static ContentDiff Compare(TempContent before, TempContent after) =>
        ContentDiff.Compute(CheckSuite.Run(before.Root), CheckSuite.Run(after.Root), "base", null, "content/");

    /// <summary>Revisions as plain folders, copied on each read as git would materialise them.</summary>
    private sealed class FolderRevisionReader(Dictionary<string, string> revisions) : IRevisionReader
    {
        public string ContentPrefix => "content/";

        public ContentSnapshot ReadContent(string revision)
        {
            var folder = Directory.CreateTempSubdirectory("protokoll-test-revision-").FullName;
            TempContent.CopyDirectory(revisions[revision], folder);
            return new ContentSnapshot(folder, revision);
        }

        public IReadOnlySet<string> ChangedFiles(string revision) => new HashSet<string>();
    }
}
