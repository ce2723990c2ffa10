namespace Protokoll.Gen.Pdf.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public async Task Printing_the_same_html_twice_gives_byte_identical_files()
    {
        using var folder = new TempFolder();
        var html = folder.AddFixture("minutes.html");

        // Two separate browsers as well as two prints in one browser: nothing may depend on the session.
        await using (var printer = await PdfPrinter.LaunchAsync(TestEnvironment.Options(folder.Path)))
        {
            AssertSucceeded(await printer.PrintAsync(TestEnvironment.Job(html, folder.File("a.pdf"))));
            AssertSucceeded(await printer.PrintAsync(TestEnvironment.Job(html, folder.File("b.pdf"))));
        }

        await using (var printer = await PdfPrinter.LaunchAsync(TestEnvironment.Options(folder.Path)))
        {
            AssertSucceeded(await printer.PrintAsync(TestEnvironment.Job(html, folder.File("c.pdf"))));
        }

        var a = await File.ReadAllBytesAsync(folder.File("a.pdf"));
        Assert.Equal(a, await File.ReadAllBytesAsync(folder.File("b.pdf")));
        Assert.Equal(a, await File.ReadAllBytesAsync(folder.File("c.pdf")));
        Assert.Equal(0, TestEnvironment.Run("cmp", folder.File("a.pdf"), folder.File("c.pdf")).ExitCode);
    }

    [Fact]
    public async Task Parallel_prints_in_one_browser_are_byte_identical_too()
    {
        using var folder = new TempFolder();
        var html = folder.AddFixture("minutes.html");
        var jobs = Enumerable.Range(1, 6).Select(n => TestEnvironment.Job(html, folder.File($"p{n}.pdf"))).ToList();

        // Concurrent pages share a renderer, whose DOM node counter leaks into tagged-PDF structure ids.
        await using var printer = await PdfPrinter.LaunchAsync(TestEnvironment.Options(folder.Path) with { MaxParallel = 3 });
        var results = await printer.PrintAllAsync(jobs);

        Assert.All(results, AssertSucceeded);
        var first = await File.ReadAllBytesAsync(jobs[0].PdfPath);
        foreach (var job in jobs.Skip(1))
        {
            var other = await File.ReadAllBytesAsync(job.PdfPath);
            Assert.True(first.AsSpan().SequenceEqual(other), $"{job.PdfPath} differs from {jobs[0].PdfPath}");
        }
    }

    [Fact]
    public async Task The_document_date_and_not_the_clock_decides_the_time_stamps()
    {
        using var folder = new TempFolder();
        var html = folder.AddFixture("minutes.html");
        await using var printer = await PdfPrinter.LaunchAsync(TestEnvironment.Options(folder.Path));

        var job = TestEnvironment.Job(html, folder.File("a.pdf"));
        AssertSucceeded(await printer.PrintAsync(job));
        AssertSucceeded(await printer.PrintAsync(job with { PdfPath = folder.File("b.pdf"), DocumentDate = job.DocumentDate.AddDays(1) }));

        var text = System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(folder.File("a.pdf")));
        Assert.Equal(2, CountOf(text, "(D:20220609143000+02'00')"));
        Assert.Equal(2, CountOf(text, "Date ("));
        Assert.NotEqual(await File.ReadAllBytesAsync(folder.File("a.pdf")), await File.ReadAllBytesAsync(folder.File("b.pdf")));
    }

    [Fact]
    public async Task Output_is_replaced_atomically_and_leaves_no_temporary_files()
    {
        using var folder = new TempFolder();
        var html = folder.AddFixture("minutes.html");
        var pdf = folder.File("minutes.pdf");
        await File.WriteAllTextAsync(pdf, "an older, stale PDF");
        await using var printer = await PdfPrinter.LaunchAsync(TestEnvironment.Options(folder.Path));

        AssertSucceeded(await printer.PrintAsync(TestEnvironment.Job(html, pdf)));

        Assert.StartsWith("%PDF-", await File.ReadAllTextAsync(pdf), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void AssertSucceeded(PdfPrintResult result) => Assert.True(result.Succeeded, result.ErrorMessage);
}
