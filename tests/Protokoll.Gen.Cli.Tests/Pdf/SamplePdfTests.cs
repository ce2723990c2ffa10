using System.Globalization;
using System.Text.RegularExpressions;
using Protokoll.Gen.Cli.Tests.Support;
using Protokoll.Gen.Pdf.Tests;
using UglyToad.PdfPig.Outline;

namespace Protokoll.Gen.Cli.Tests.Pdf;

/// <summary>The sample printed with <c>protokoll build content -o X --pdf</c>, read back with PdfPig and the PDF tools.</summary>
public sealed partial class SamplePdfTests(SamplePdfFixture fixture) : IClassFixture<SamplePdfFixture>
{
    private const string Minutes = "2022-09-15-styrgrupp/protokoll.pdf";

    private PdfSite Site => fixture.Site;

    [Fact]
    public void Every_document_but_the_index_gets_a_pdf_beside_its_html()
    {
        Assert.True(Site.Run.ExitCode == 0, Site.Run.Output + Site.Run.Error);
        var expected = Site.Files(".html").Where(f => f != "index.html").Select(f => Path.ChangeExtension(f, ".pdf"));

        Assert.Equal(expected, Site.Files(".pdf"));
        Assert.Contains("2022-09-15-styrgrupp/kallelse.pdf", Site.Files(".pdf"));
        Assert.Contains("2022-11-24-styrgrupp/utdrag/11a.pdf", Site.Files(".pdf"));
        Assert.Contains("budget/2022.pdf", Site.Files(".pdf"));
        Assert.Contains($"and {expected.Count()} PDFs for 2 meetings", Site.Run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_minutes_show_the_seed_decision_and_its_amounts_on_the_page_of_item_8()
    {
        using var pdf = Site.Open(Minutes);
        var pages = pdf.GetPages().Select(PdfText.Of).ToList();
        var item8 = pages.FindIndex(text => text.Contains("§ 8 Beslut nätverksprocess om utmaningen projektberedskap", StringComparison.Ordinal));
        var item9 = pages.FindIndex(text => text.Contains("§ 9 Mötets avslutande", StringComparison.Ordinal));

        Assert.True(item8 > 0, "item 8 is not on a page after the first");
        Assert.True(item9 >= item8, "item 9 comes before item 8");
        var itemPages = string.Join(' ', pages.Skip(item8).Take(item9 - item8 + 1));
        Assert.Contains("Förslag till beslut", itemPages, StringComparison.Ordinal);
        Assert.Contains("275 740 kr", itemPages, StringComparison.Ordinal);
        Assert.Contains("908 680,00 kr", itemPages, StringComparison.Ordinal);
        Assert.Contains("Projektberedskap", itemPages, StringComparison.Ordinal);
        Assert.All(pages.Take(item8), text => Assert.DoesNotContain("908 680,00", text, StringComparison.Ordinal));
        Assert.Contains("Vid protokollet", pages[0], StringComparison.Ordinal);
        Assert.Contains(pages.Take(item8), text => text.Contains("Anslag/bevis", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_has_the_meeting_in_its_header_and_Sida_X_av_N_in_its_footer()
    {
        using var pdf = Site.Open(Minutes);
        var count = pdf.NumberOfPages;

        Assert.Equal(6, count);
        Assert.Contains($"Sida 1 av {count}", PdfText.Of(pdf.GetPage(1)), StringComparison.Ordinal);
        foreach (var page in pdf.GetPages())
        {
            var text = PdfText.Of(page);
            Assert.Contains($"Sida {page.Number} av {count}", text, StringComparison.Ordinal);
            Assert.Contains("Styrgruppen · 15 september 2022", text, StringComparison.Ordinal);
            Assert.Equal(595, page.Width, 1.0);
            Assert.Equal(842, page.Height, 1.0);
        }
    }

    [Fact]
    public void Plain_text_search_finds_words_with_fi_because_ligatures_are_off()
    {
        using var pdf = Site.Open(Minutes);

        // No compatibility normalisation here: a reader searching the PDF gets the letters as printed.
        var raw = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

        Assert.Contains("finansiering", raw, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFB01', raw);
    }

    [Fact]
    public void The_outline_has_a_bookmark_for_every_item()
    {
        using var pdf = Site.Open(Minutes);

        Assert.True(pdf.TryGetBookmarks(out var bookmarks), "the PDF has no outline");
        var titles = Flatten(bookmarks.Roots).Select(b => b.Title.Normalize()).ToList();
        foreach (var (number, title) in new[] { (1, "Mötets öppnande"), (2, "Val av sekreterare och justerare"), (8, "Beslut nätverksprocess om utmaningen projektberedskap"), (9, "Mötets avslutande") })
        {
            Assert.Contains($"§ {number} {title}", titles);
        }

        Assert.Equal(9, titles.Count(t => t.StartsWith("§ ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Title_author_subject_and_dates_come_from_the_meeting()
    {
        using var pdf = Site.Open(Minutes);
        var info = pdf.Information;

        Assert.Equal("Protokoll Styrgruppen 15 september 2022", info.Title);
        Assert.Equal("Nätverket för hållbar landsbygd, Styrgruppen", info.Author);
        Assert.Equal("Protokoll", info.Subject);
        Assert.Equal(new DateTimeOffset(2022, 9, 15, 0, 0, 0, TimeSpan.Zero), info.GetCreatedDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2022, 9, 15, 0, 0, 0, TimeSpan.Zero), info.GetModifiedDateTimeOffset());
    }

    [Fact]
    public void The_pdf_is_tagged_and_every_font_is_embedded()
    {
        var (_, info) = Tools.Run("pdfinfo", Site.PathOf(Minutes));
        Assert.Matches(@"(?m)^Tagged:\s+yes$", info);

        var (exitCode, fonts) = Tools.Run("pdffonts", Site.PathOf(Minutes));
        Assert.Equal(0, exitCode);
        var rows = FontRow().Matches(fonts).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal("yes", row.Groups["emb"].Value));
        Assert.All(rows, row => Assert.Matches("DejaVu|Liberation", row.Groups["name"].Value));
    }

    [Fact]
    public void Every_pdf_passes_qpdf_check()
    {
        foreach (var file in Site.Files(".pdf"))
        {
            var (exitCode, output) = Tools.Run("qpdf", "--check", Site.PathOf(file));
            Assert.True(exitCode == 0, $"{file}: {output}");
        }
    }

    [Fact]
    public void The_budget_summary_and_an_extract_print_their_own_content()
    {
        using (var budget = Site.Open("budget/2022.pdf"))
        {
            var text = string.Join(' ', budget.GetPages().Select(PdfText.Of));
            Assert.Contains("1 000 000,00 kr", text, StringComparison.Ordinal);
            Assert.Contains("908 680,00 kr", text, StringComparison.Ordinal);
            Assert.Contains("91 320,00 kr", text, StringComparison.Ordinal);
        }

        using var extract = Site.Open("2022-09-15-styrgrupp/utdrag/8.pdf");
        var first = PdfText.Of(extract.GetPage(1));
        Assert.Contains("§ 8 Beslut nätverksprocess om utmaningen projektberedskap", first, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Sida 1 av {extract.NumberOfPages}"), first, StringComparison.Ordinal);
        Assert.DoesNotContain("Mötets öppnande", string.Join(' ', extract.GetPages().Select(PdfText.Of)), StringComparison.Ordinal);
    }

    private static IEnumerable<BookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(node => new[] { node }.Concat(Flatten(node.Children)));

    // pdffonts: name, type (may contain spaces), encoding, then emb sub uni as yes/no.
    [GeneratedRegex(@"^(?<name>\S+)\s+.+?\s+(?<emb>yes|no)\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+\s*$", RegexOptions.Multiline)]
    private static partial Regex FontRow();
}
