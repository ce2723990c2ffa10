using Protokoll.Gen.Preview;

namespace Protokoll.Gen.Tests.Preview;

public sealed class PreviewPathsTests
{
    private static readonly string Site = Path.Combine(Path.GetTempPath(), "preview-site");

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/index.html?build=3", "index.html")]
    [InlineData("/2022-09-15-styrgrupp/", "2022-09-15-styrgrupp/index.html")]
    [InlineData("/2022-09-15-styrgrupp/utdrag/8.html", "2022-09-15-styrgrupp/utdrag/8.html")]
    [InlineData("/budget/2022%20kopia.html", "budget/2022 kopia.html")]
    [InlineData("/m%C3%B6te/protokoll.html", "möte/protokoll.html")]
    public void Paths_below_the_site_map_to_its_files_and_folders_to_their_index(string target, string expected)
    {
        Assert.True(PreviewPaths.TryMap(target, Site, out var file));
        Assert.Equal(Path.Combine(Site, expected.Replace('/', Path.DirectorySeparatorChar)), file);
    }

    [Theory]
    [InlineData("/../content/protokoll.yml")]
    [InlineData("/assets/../../etc/passwd")]
    [InlineData("/%2e%2e/etc/passwd")]
    [InlineData("/%2E%2E/%2e%2E/etc/passwd")]
    [InlineData("/assets/..%2f..%2fetc/passwd")]
    [InlineData("/assets/%2e%2e%5c%2e%2e%5cetc")]
    [InlineData("/assets\\..\\..\\etc\\passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/./index.html")]
    [InlineData("/.protokoll-output")]
    [InlineData("/index.html%00.css")]
    [InlineData("http://example.org/index.html")]
    [InlineData("index.html")]
    [InlineData("")]
    public void Anything_that_could_leave_the_site_or_name_a_file_the_build_did_not_write_is_refused(string target)
    {
        Assert.False(PreviewPaths.TryMap(target, Site, out _));
    }
}
