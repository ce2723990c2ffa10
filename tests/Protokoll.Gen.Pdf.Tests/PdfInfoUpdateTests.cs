using System.Globalization;
using System.Text;
using UglyToad.PdfPig;

namespace Protokoll.Gen.Pdf.Tests;

public sealed class PdfInfoUpdateTests
{
    private static readonly PdfInfo Info = new(
        "Protokoll årsmöte",
        "Örjan Ärlig",
        "Beslut om budget",
        "sv-SE",
        new DateTimeOffset(2022, 6, 9, 14, 30, 0, TimeSpan.FromHours(2)));

    [Fact]
    public void Adds_a_valid_incremental_update_with_the_metadata()
    {
        using var folder = new TempFolder();
        var path = folder.File("updated.pdf");
        File.WriteAllBytes(path, PdfInfoUpdate.Apply(MinimalPdf("D:20261126164925+00'00'"), Info));

        var (exitCode, output) = TestEnvironment.Run("qpdf", "--check", path);
        Assert.True(exitCode == 0, output);

        using var document = PdfDocument.Open(path);
        Assert.Equal("Protokoll årsmöte", document.Information.Title);
        Assert.Equal("Örjan Ärlig", document.Information.Author);
        Assert.Equal("Beslut om budget", document.Information.Subject);
        Assert.Equal("Protokoll.Gen", document.Information.Creator);
        Assert.Equal("Skia/PDF m156", document.Information.Producer);
        Assert.Equal("D:20220609143000+02'00'", document.Information.CreationDate);

        var text = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        Assert.DoesNotContain("D:2026", text, StringComparison.Ordinal);
        Assert.Contains("/Prev ", text, StringComparison.Ordinal);
        Assert.Contains("/Lang " + PdfInfoUpdate.TextString("sv-SE"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Wall_clock_stamps_from_chromium_do_not_reach_the_output()
    {
        var morning = PdfInfoUpdate.Apply(MinimalPdf("D:20261126090000+00'00'"), Info);
        var evening = PdfInfoUpdate.Apply(MinimalPdf("D:20261126215959+00'00'"), Info);

        Assert.Equal(morning, evening);
    }

    [Fact]
    public void Structure_ids_are_renumbered_by_rank_without_moving_any_byte()
    {
        var pdf = Encoding.Latin1.GetBytes("<</ID (node00000107)>> <</ID (node00000042)>> /Names [(node00000042) 1 0 R (node00000107) 2 0 R]");

        var renumbered = Encoding.Latin1.GetString(PdfStructureIds.Renumber(pdf));

        Assert.Equal("<</ID (node00000001)>> <</ID (node00000000)>> /Names [(node00000000) 1 0 R (node00000001) 2 0 R]", renumbered);
    }

    [Theory]
    [InlineData(2, "(D:20220609143000+02'00')")]
    [InlineData(0, "(D:20220609143000+00'00')")]
    [InlineData(-5, "(D:20220609143000-05'00')")]
    public void Dates_use_the_pdf_format_with_the_offset(int hours, string expected) =>
        Assert.Equal(expected, PdfInfoUpdate.PdfDate(new DateTimeOffset(2022, 6, 9, 14, 30, 0, TimeSpan.FromHours(hours))));

    [Fact]
    public void A_pdf_without_a_classic_trailer_is_rejected_clearly()
    {
        var error = Assert.Throws<InvalidDataException>(() => PdfInfoUpdate.Apply(Encoding.ASCII.GetBytes("%PDF-1.7\nnot really\n"), Info));
        Assert.Contains("startxref", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The shape Chromium (Skia) writes: classic xref table, Info with Title, Producer and time stamps.</summary>
    private static byte[] MinimalPdf(string stamp)
    {
        var objects = new[]
        {
            $"<</Title (Old title)\n/Producer (Skia/PDF m156)\n/CreationDate ({stamp})\n/ModDate ({stamp})>>",
            "<</Type /Pages /Kids [3 0 R] /Count 1>>",
            "<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>",
            "<</Type /Catalog /Pages 2 0 R>>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {objects.Length + 1}\n/Root 4 0 R\n/Info 1 0 R>>\nstartxref\n{xref}\n%%EOF");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
