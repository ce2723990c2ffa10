using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Rendering.Output;

public sealed class OutputSafetyTests
{
    [Fact]
    public void A_failed_build_leaves_the_previous_output_as_it_was()
    {
        using var content = TempContent.FromSample();
        using var site = BuiltSite.Of(content.Root);
        var before = site.Files().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)));
        content.Write("meetings/2022-09-15-styrgrupp/09-motets-avslutande.md", "---\nnumber: 9\ntitle: [broken\n---\n");

        var run = CliRun.InProcess("build", content.Root, "-o", site.Output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before.Keys, site.Files());
        Assert.All(before, pair => Assert.Equal(pair.Value, File.ReadAllBytes(Path.Combine(site.Output, pair.Key))));
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(site.Output)!, ".out.*"));
    }

    [Fact]
    public void A_rebuild_replaces_the_output_and_drops_documents_that_no_longer_exist()
    {
        using var content = TempContent.FromSample();
        using var site = BuiltSite.Of(content.Root);
        File.Delete(content.PathOf("meetings/2022-09-15-styrgrupp/07-ovriga-fragor.md"));

        var run = CliRun.InProcess("build", content.Root, "-o", site.Output);

        Assert.Equal(0, run.ExitCode);
        Assert.False(site.Exists("2022-09-15-styrgrupp/utdrag/7.html"));
        Assert.True(site.Exists("2022-09-15-styrgrupp/utdrag/8.html"));
    }

    [Fact]
    public void A_rebuild_after_an_edit_writes_only_the_pages_the_edit_changed()
    {
        using var content = TempContent.FromSample();
        using var site = BuiltSite.Of(content.Root);
        var longAgo = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in site.Files())
        {
            File.SetLastWriteTimeUtc(Path.Combine(site.Output, file), longAgo);
        }

        content.Write("meetings/2022-11-24-styrgrupp/14-personalfraga.md",
            "---\nnumber: 14\ntitle: Personalfråga kansliet\ntype: information\npublic: false\n---\nKansliet informerade om en ny personalfråga.\n");
        var run = CliRun.InProcess("build", content.Root, "-o", site.Output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("en ny personalfråga", site.Text("2022-11-24-styrgrupp/utdrag/14.html"), StringComparison.Ordinal);
        Assert.NotEqual(longAgo, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "2022-11-24-styrgrupp/utdrag/14.html")));
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "2022-09-15-styrgrupp/utdrag/8.html")));
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "2022-11-24-styrgrupp/utdrag/13.html")));
    }

    [Fact]
    public void An_output_folder_inside_the_content_folder_is_refused()
    {
        using var content = TempContent.FromSample();

        var run = CliRun.InProcess("build", content.Root, "-o", Path.Combine(content.Root, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PG402", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(content.Root, "out")));
    }

    [Fact]
    public void An_output_folder_that_contains_the_content_folder_is_refused()
    {
        using var content = TempContent.FromSample();

        var run = CliRun.InProcess("build", content.Root, "-o", content.Directory);

        Assert.Equal(2, run.ExitCode);
        Assert.True(File.Exists(content.PathOf("protokoll.yml")));
    }

    [Fact]
    public void An_output_folder_reached_through_a_link_into_the_content_folder_is_refused()
    {
        using var content = TempContent.FromSample();
        var link = Path.Combine(content.Directory, "genväg");
        Directory.CreateSymbolicLink(link, content.Root);

        var run = CliRun.InProcess("build", content.Root, "-o", Path.Combine(link, "out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PG402", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(content.PathOf("out")));
    }

    [Fact]
    public void A_content_folder_given_through_a_link_cannot_be_built_into_itself()
    {
        using var content = TempContent.FromSample();
        var link = Path.Combine(content.Directory, "innehåll");
        Directory.CreateSymbolicLink(link, content.Root);

        var run = CliRun.InProcess("build", link, "-o", content.PathOf("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(content.PathOf("out")));
    }

    [Fact]
    public void A_folder_not_made_by_a_build_is_never_replaced()
    {
        using var content = TempContent.FromSample();
        var precious = Path.Combine(content.Directory, "documents");
        Directory.CreateDirectory(precious);
        File.WriteAllText(Path.Combine(precious, "letter.txt"), "keep me");

        var run = CliRun.InProcess("build", content.Root, "-o", precious);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(precious, "letter.txt")));
    }

    [Fact]
    public void The_content_folder_is_never_written_by_a_build()
    {
        using var content = TempContent.FromSample();
        var before = Directory.EnumerateFileSystemEntries(content.Root, "*", SearchOption.AllDirectories)
            .Select(p => (p, File.Exists(p) ? File.GetLastWriteTimeUtc(p) : default)).OrderBy(p => p.p, StringComparer.Ordinal).ToArray();

        using var site = BuiltSite.Of(content.Root);

        var after = Directory.EnumerateFileSystemEntries(content.Root, "*", SearchOption.AllDirectories)
            .Select(p => (p, File.Exists(p) ? File.GetLastWriteTimeUtc(p) : default)).OrderBy(p => p.p, StringComparer.Ordinal).ToArray();
        Assert.Equal(0, site.Run.ExitCode);
        Assert.Equal(before, after);
    }
}
