using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Rendering;

/// <summary>
/// Every output of the sample against its approved copy in Snapshots/ (Verify's file conventions). A change to a
/// template or the renderer shows up here as a reviewable diff.
/// </summary>
public sealed class SampleSnapshotTests(SampleSiteFixture fixture) : IClassFixture<SampleSiteFixture>
{
    private static readonly string[] Paths =
    [
        "index.html",
        "2022-09-15-styrgrupp/protokoll.html",
        "2022-09-15-styrgrupp/kallelse.html",
        "2022-09-15-styrgrupp/utdrag/1.html",
        "2022-09-15-styrgrupp/utdrag/2.html",
        "2022-09-15-styrgrupp/utdrag/3.html",
        "2022-09-15-styrgrupp/utdrag/4.html",
        "2022-09-15-styrgrupp/utdrag/5.html",
        "2022-09-15-styrgrupp/utdrag/6.html",
        "2022-09-15-styrgrupp/utdrag/7.html",
        "2022-09-15-styrgrupp/utdrag/8.html",
        "2022-09-15-styrgrupp/utdrag/9.html",
        "2022-11-24-styrgrupp/protokoll.html",
        "2022-11-24-styrgrupp/kallelse.html",
        "2022-11-24-styrgrupp/utdrag/10.html",
        "2022-11-24-styrgrupp/utdrag/11.html",
        "2022-11-24-styrgrupp/utdrag/11a.html",
        "2022-11-24-styrgrupp/utdrag/12.html",
        "2022-11-24-styrgrupp/utdrag/13.html",
        "2022-11-24-styrgrupp/utdrag/14.html",
        "2022-11-24-styrgrupp/utdrag/15.html",
        "budget/2022.html",
        "budget/2022.md",
        "budget/2022.json",
        "budget/2022.csv",
        "assets/protokoll.css",
    ];

    public static TheoryData<string> Outputs => new(Paths);

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Sample_output_matches_its_snapshot(string relativePath)
    {
        Assert.Equal(0, fixture.Site.Run.ExitCode);
        var name = Path.ChangeExtension(relativePath, null).Replace('/', '_');
        Snapshot.Match(fixture.Site.Text(relativePath), Path.GetExtension(relativePath)[1..], name, Path.Combine(SnapshotFolder(), "SampleSnapshotTests.cs"));
    }

    [Fact]
    public void Every_output_file_has_a_snapshot()
    {
        var outputs = fixture.Site.Files().Where(f => !f.StartsWith('.')).ToArray();

        Assert.Equal(Paths.Order(StringComparer.Ordinal), outputs);
    }

    private static string SnapshotFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.Combine(Path.GetDirectoryName(path)!, "Snapshots");
}
