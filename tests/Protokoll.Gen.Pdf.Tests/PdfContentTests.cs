using UglyToad.PdfPig;

namespace Protokoll.Gen.Pdf.Tests;

public sealed class PdfContentTests(PrintedMinutes minutes) : IClassFixture<PrintedMinutes>
{
    [Fact]
    public void Both_prints_succeed_without_blocked_requests()
    {
        Assert.True(minutes.Swedish.Succeeded, minutes.Swedish.ErrorMessage);
        Assert.True(minutes.English.Succeeded, minutes.English.ErrorMessage);

        // The stylesheet and logo sit in assets/ under the output folder, so they must load, not be blocked.
        Assert.Empty(minutes.Swedish.BlockedRequests);
    }

    [Fact]
    public void Minutes_span_at_least_two_A4_pages()
    {
        using var document = PdfDocument.Open(minutes.SwedishPdf);

        Assert.True(document.NumberOfPages >= 2, $"Expected at least 2 pages, got {document.NumberOfPages}.");
        var page = document.GetPage(1);
        Assert.InRange(page.Width, 594, 596);
        Assert.InRange(page.Height, 841, 843);
    }

    [Fact]
    public void Swedish_text_and_amounts_are_on_the_right_pages()
    {
        using var document = PdfDocument.Open(minutes.SwedishPdf);
        var pages = document.GetPages().Select(PdfText.Of).ToList();

        Assert.Contains("§ 1 Mötets öppnande", pages[0], StringComparison.Ordinal);
        Assert.Contains("Åsa Öberg hälsade alla välkomna", pages[0], StringComparison.Ordinal);
        Assert.Contains("275 740 kr", pages[0], StringComparison.Ordinal);
        Assert.Contains("Förstudie", pages[0], StringComparison.Ordinal);

        // The decision in § 8 comes after three long sections, so it must land on a later page, beside its heading.
        var decisionPage = Assert.Single(pages, text => text.Contains("908 680,00 kr", StringComparison.Ordinal));
        Assert.NotSame(pages[0], decisionPage);
        Assert.Contains("§ 8 Beslut om fortsatt finansiering", decisionPage, StringComparison.Ordinal);
        Assert.Contains("§ 9 Mötets avslutande", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Swedish_footer_numbers_every_page_and_header_repeats()
    {
        using var document = PdfDocument.Open(minutes.SwedishPdf);
        var total = document.NumberOfPages;

        for (var number = 1; number <= total; number++)
        {
            var text = PdfText.Of(document.GetPage(number));
            Assert.Contains($"Sida {number} av {total}", text, StringComparison.Ordinal);
            Assert.Contains("Styrgruppen · 9 juni 2022", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void English_footer_reads_page_x_of_y()
    {
        using var document = PdfDocument.Open(minutes.EnglishPdf);
        var text = PdfText.Of(document.GetPage(1));

        Assert.Contains($"Page 1 of {document.NumberOfPages}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sida", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_become_bookmarks()
    {
        using var document = PdfDocument.Open(minutes.SwedishPdf);

        Assert.True(document.TryGetBookmarks(out var bookmarks), "The PDF has no outline.");
        var titles = bookmarks.GetNodes().Select(node => node.Title.Trim()).ToList();
        Assert.Contains("§ 1 Mötets öppnande", titles);
        Assert.Contains("§ 4 Ekonomisk rapport", titles);
        Assert.Contains("§ 9 Mötets avslutande", titles);
    }

    [Fact]
    public void Info_dictionary_carries_title_author_subject_and_the_document_date()
    {
        using var document = PdfDocument.Open(minutes.SwedishPdf);
        var info = document.Information;

        Assert.Equal("Protokoll styrgruppen 9 juni 2022", info.Title);
        Assert.Equal("Åsa Öberg", info.Author);
        Assert.Equal("Styrgruppens möte § 1–9", info.Subject);
        Assert.Equal("D:20220609143000+02'00'", info.CreationDate);
        Assert.Equal("D:20220609143000+02'00'", info.ModifiedDate);
    }

    [Fact]
    public void Fonts_are_embedded()
    {
        var (exitCode, output) = TestEnvironment.Run("pdffonts", minutes.SwedishPdf);

        Assert.Equal(0, exitCode);
        var fonts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(fonts);
        Assert.Contains(fonts, font => font.Contains("DejaVuSans", StringComparison.Ordinal));

        // Columns after the name: type words, encoding, then emb sub uni object-id generation.
        Assert.All(fonts, font => Assert.Equal("yes", font.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^5]));
    }

    [Fact]
    public void Qpdf_finds_no_structural_errors()
    {
        foreach (var pdf in new[] { minutes.SwedishPdf, minutes.EnglishPdf })
        {
            var (exitCode, output) = TestEnvironment.Run("qpdf", "--check", pdf);

            Assert.True(exitCode == 0, output);
            Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
        }
    }
}
