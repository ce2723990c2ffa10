using AngleSharp.Html.Parser;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Rendering.Output;

/// <summary>
/// Output file names come from meeting folder names and item numbers, both written by outsiders: every file stays
/// below the output folder, and a name that would be unsafe in a link is a finding.
/// </summary>
public sealed class OutputPathTests
{
    [Theory]
    [InlineData("2022 09 15 styrgrupp")]
    [InlineData("Möte på Åland")]
    [InlineData("Mo\u0308te")]
    [InlineData("a...b")]
    [InlineData("2022-09-15_styrgrupp.extra")]
    [InlineData("Заседание")]
    public void Unusual_but_safe_meeting_folder_names_build_inside_the_output_folder(string id)
    {
        using var content = TempContent.FromSample();
        Directory.Move(content.PathOf("meetings/2022-09-15-styrgrupp"), content.PathOf("meetings/" + id));

        using var site = BuiltSite.Of(content.Root);

        Assert.Equal(0, site.Run.ExitCode);
        AssertEverythingBelow(site.Output);
        Assert.True(site.Exists($"{id}/protokoll.html"));
        Assert.True(site.Exists($"{id}/utdrag/8.html"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(".hidden")]
    [InlineData("...")]
    [InlineData("möte#2")]
    [InlineData("möte?x=1")]
    [InlineData("100%")]
    [InlineData(" ledande mellanslag")]
    [InlineData("a\\b")]
    [InlineData("-rf")]
    public void A_meeting_folder_name_unsafe_in_a_link_is_a_finding_and_nothing_is_written(string id)
    {
        using var content = TempContent.FromSample();
        Directory.Move(content.PathOf("meetings/2022-09-15-styrgrupp"), Path.Combine(content.Root, "meetings", id));

        var findings = FindingAssert.Check(content).Findings;
        using var site = BuiltSite.Of(content.Root);

        var finding = FindingAssert.Single(findings, FindingCodes.MeetingFolderName);
        Assert.Equal(Path.Combine(content.Root, "meetings", id, "meeting.yml"), finding.Location.File);
        Assert.Equal(1, site.Run.ExitCode);
        Assert.Empty(site.Files());
    }

    [Fact]
    public void A_meeting_folder_named_like_a_script_url_never_becomes_a_link()
    {
        using var content = TempContent.FromSample();
        content.Write("meetings/javascript:alert(document.domain)/meeting.yml", "date: 2022-10-01\n");

        using var site = BuiltSite.Of(content.Root);

        Assert.Equal(1, site.Run.ExitCode);
        Assert.False(site.Exists("index.html"));
    }

    [Theory]
    [InlineData("../../x")]
    [InlineData("1/../../x")]
    [InlineData("8 ../")]
    [InlineData("/etc/passwd")]
    public void An_item_number_that_is_a_path_is_a_finding(string number)
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", $"number: \"{number}\"\ntitle: T");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.NumberInvalid, "1.md", 2, 9);
    }

    [Fact]
    public void Every_file_of_the_sample_build_is_below_the_output_folder_and_links_stay_relative()
    {
        using var content = TempContent.FromSample();

        using var site = BuiltSite.Of(content.Root);

        AssertEverythingBelow(site.Output);
        var parser = new HtmlParser();
        foreach (var page in site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            foreach (var link in parser.ParseDocument(site.Text(page)).QuerySelectorAll("a[href], link[href]"))
            {
                var href = link.GetAttribute("href")!;
                Assert.False(href.Contains(':', StringComparison.Ordinal) || href.StartsWith('/'), $"{page}: {href} leaves the site");
            }
        }
    }

    private static void AssertEverythingBelow(string output)
    {
        var real = Path.GetFullPath(output) + Path.DirectorySeparatorChar;
        var outside = Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!)
            .Where(e => Path.GetFullPath(e) + Path.DirectorySeparatorChar != real);
        Assert.Empty(outside);
        Assert.All(Directory.EnumerateFileSystemEntries(output, "*", SearchOption.AllDirectories), entry =>
        {
            Assert.StartsWith(real, Path.GetFullPath(entry), StringComparison.Ordinal);
            Assert.Null(new FileInfo(entry).LinkTarget);
        });
    }
}
