using Protokoll.Gen.Cli.Pdf;
using Protokoll.Gen.Pdf;

namespace Protokoll.Gen.Cli.Tests.Pdf;

public sealed class PdfProgressDisplayTests
{
    private const string Root = "/site";

    [Fact]
    public void On_a_terminal_one_line_is_rewritten_in_place_and_ended_after_the_last_document()
    {
        using var writer = new StringWriter();
        var display = new PdfProgressDisplay(writer, interactive: true, Root);

        display.Report(Progress(1, 3, "2022-09-15-styrgrupp/utdrag/10.pdf"));
        display.Report(Progress(2, 3, "budget/2022.pdf"));
        display.Report(Progress(3, 3, "index.pdf"));

        // Each frame starts with a carriage return and is padded to wipe out the longer frame before it.
        var first = "PDF 1/3 2022-09-15-styrgrupp/utdrag/10.pdf";
        var second = "PDF 2/3 budget/2022.pdf".PadRight(first.Length);
        var third = "PDF 3/3 index.pdf".PadRight(second.TrimEnd().Length);
        Assert.Equal($"\r{first}\r{second}\r{third}{Environment.NewLine}", writer.ToString());
    }

    [Fact]
    public void In_a_log_a_plain_line_is_written_every_ten_documents_and_at_the_end()
    {
        using var writer = new StringWriter();
        var display = new PdfProgressDisplay(writer, interactive: false, Root, () => TimeSpan.Zero);

        for (var i = 1; i <= 23; i++)
        {
            display.Report(Progress(i, 23, $"m/utdrag/{i}.pdf"));
        }

        Assert.Equal(["PDF 10/23 m/utdrag/10.pdf", "PDF 20/23 m/utdrag/20.pdf", "PDF 23/23 m/utdrag/23.pdf"], Lines(writer));
        Assert.DoesNotContain('\r', writer.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void In_a_log_slow_printing_still_shows_a_line_every_few_seconds()
    {
        using var writer = new StringWriter();
        var now = TimeSpan.Zero;
        var display = new PdfProgressDisplay(writer, interactive: false, Root, () => now);

        display.Report(Progress(1, 40, "a.pdf"));
        now += PdfProgressDisplay.Interval;
        display.Report(Progress(2, 40, "b.pdf"));
        display.Report(Progress(3, 40, "c.pdf"));

        Assert.Equal(["PDF 2/40 b.pdf"], Lines(writer));
    }

    [Fact]
    public void A_report_overtaken_by_a_later_one_does_not_move_the_count_back()
    {
        using var writer = new StringWriter();
        var display = new PdfProgressDisplay(writer, interactive: false, Root, () => TimeSpan.Zero);

        display.Report(Progress(10, 12, "ten.pdf"));
        display.Report(Progress(9, 12, "nine.pdf"));
        display.Report(Progress(12, 12, "twelve.pdf"));

        Assert.Equal(["PDF 10/12 ten.pdf", "PDF 12/12 twelve.pdf"], Lines(writer));
    }

    private static string[] Lines(StringWriter writer) =>
        writer.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static PdfProgress Progress(int completed, int total, string relative)
    {
        var pdf = Path.Combine(Root, relative);
        var job = new PdfDocumentJob(Path.ChangeExtension(pdf, ".html"), pdf, "T", "A", "S", "sv-SE", "H", DateTimeOffset.UnixEpoch);
        return new PdfProgress(completed, total, new PdfPrintResult(job, null, [], TimeSpan.Zero));
    }
}
