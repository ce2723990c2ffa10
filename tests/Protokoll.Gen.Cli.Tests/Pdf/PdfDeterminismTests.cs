using Protokoll.Gen.Cli.Tests.Support;
using Protokoll.Gen.Pdf.Tests;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Cli.Tests.Pdf;

public sealed class PdfDeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_content_give_byte_identical_pdfs()
    {
        using var first = PdfSite.Build(RepositoryPaths.SampleContent);
        using var second = PdfSite.Build(RepositoryPaths.SampleContent);

        Assert.Equal(0, first.Run.ExitCode);
        Assert.Equal(0, second.Run.ExitCode);
        Assert.Equal(first.Files(".pdf"), second.Files(".pdf"));
        Assert.All(first.Files(".pdf"), file =>
            Assert.True(File.ReadAllBytes(first.PathOf(file)).AsSpan().SequenceEqual(File.ReadAllBytes(second.PathOf(file))), $"{file} differs between two builds"));
    }

    [Fact]
    public void SOURCE_DATE_EPOCH_dates_every_pdf_and_a_finished_build_leaves_no_browser_or_profile()
    {
        // The build's own TMPDIR: its browser profile lives there, so its processes are the ones naming that folder.
        var temporary = Directory.CreateTempSubdirectory("protokoll-pdf-tmp-").FullName;
        try
        {
            // 2023-03-01 12:00:00 UTC, as a reproducible-build pipeline would set it from the last commit.
            using var site = PdfSite.BuildAsProcess(RepositoryPaths.SampleContent, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1677672000", ["TMPDIR"] = temporary });

            Assert.True(site.Run.ExitCode == 0, site.Run.Output + site.Run.Error);
            using var pdf = site.Open("2022-09-15-styrgrupp/protokoll.pdf");
            Assert.Equal(new DateTimeOffset(2023, 3, 1, 12, 0, 0, TimeSpan.Zero), pdf.Information.GetCreatedDateTimeOffset());
            Assert.Empty(BrowserProcesses.Using(temporary));
            Assert.Empty(Directory.EnumerateFileSystemEntries(temporary));
        }
        finally
        {
            Directory.Delete(temporary, recursive: true);
        }
    }

    [Fact]
    public void A_SOURCE_DATE_EPOCH_that_is_not_a_number_is_a_usage_error_and_nothing_is_written()
    {
        using var site = PdfSite.BuildAsProcess(RepositoryPaths.SampleContent, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "yesterday" });

        Assert.Equal(2, site.Run.ExitCode);
        Assert.Contains("SOURCE_DATE_EPOCH is 'yesterday'", site.Run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }
}
