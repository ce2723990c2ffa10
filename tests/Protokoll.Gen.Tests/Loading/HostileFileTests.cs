using System.Diagnostics;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Loading;

/// <summary>
/// Issue 17, defects 1, 2 and 13: files a pull request can commit that are not plain files. Each case must give a
/// finding at the file and publish nothing from outside the content folder; none may hang or read without bound.
/// </summary>
public sealed class HostileFileTests
{
    private const string Secret = "db_password=hunter2";

    [UnixFact]
    public void An_item_that_links_to_a_file_outside_is_refused_at_the_link_and_never_published()
    {
        using var content = TempContent.FromSample();
        var outside = Path.Combine(content.Directory, "secret.md");
        File.WriteAllText(outside, $"---\nnumber: 2\ntitle: {Secret}\n---\n{Secret}\n");
        var link = content.PathOf("meetings/2022-09-15-styrgrupp/02-leak.md");
        File.Delete(link);
        File.CreateSymbolicLink(link, outside);
        var output = Path.Combine(content.Directory, "out");

        var check = FindingAssert.Check(content);
        var build = CliRun.InProcess("build", content.Root, "-o", output);

        FindingAssert.At(check.Findings, FindingCodes.LinkRefused, "02-leak.md", 1, 1);
        Assert.Equal(1, build.ExitCode);
        Assert.DoesNotContain(Secret, build.Output + build.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains(Secret, StringComparison.Ordinal)));
    }

    [UnixFact]
    public void A_meetings_folder_or_a_meeting_folder_that_is_a_link_is_refused()
    {
        using var content = TempContent.FromSample();
        var elsewhere = Path.Combine(content.Directory, "elsewhere");
        TempContent.CopyDirectory(content.PathOf("meetings/2022-09-15-styrgrupp"), elsewhere);
        Directory.CreateSymbolicLink(content.PathOf("meetings/2023-01-10-styrgrupp"), elsewhere);

        var findings = FindingAssert.Check(content).Findings;

        var finding = Assert.Single(findings, f => f.Code == FindingCodes.LinkRefused);
        Assert.EndsWith("2023-01-10-styrgrupp", finding.Location.File, StringComparison.Ordinal);
    }

    [UnixFact]
    public void A_label_file_that_links_outside_is_refused_and_its_values_never_printed()
    {
        using var content = TempContent.FromSample();
        var templates = Path.Combine(content.Directory, "mallar");
        Directory.CreateDirectory(Path.Combine(templates, "locales"));
        var outside = Path.Combine(content.Directory, "private.yml");
        File.WriteAllText(outside, $"minutes: {Secret}\n");
        File.CreateSymbolicLink(Path.Combine(templates, "locales", "sv-SE.yml"), outside);
        var output = Path.Combine(content.Directory, "out");

        var build = CliRun.InProcess("build", content.Root, "-o", output, "--templates", templates);

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("PG011", build.Output + build.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, build.Output + build.Error, StringComparison.Ordinal);
    }

    [UnixFact]
    public void A_link_to_dev_zero_is_refused_without_reading()
    {
        using var content = TempContent.FromSample();
        File.CreateSymbolicLink(content.PathOf("meetings/2022-09-15-styrgrupp/20-zero.md"), "/dev/zero");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.LinkRefused, "20-zero.md", 1, 1);
    }

    /// <summary>Opening a FIFO blocks until a writer comes; the reader must not open it at all.</summary>
    [UnixFact]
    public void A_fifo_item_is_a_finding_not_a_hang()
    {
        using var content = TempContent.FromSample();
        var fifo = content.PathOf("meetings/2022-09-15-styrgrupp/21-fifo.md");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var check = Task.Run(() => FindingAssert.Check(content));
        Assert.True(check.Wait(TimeSpan.FromMinutes(1)), "check blocked on a FIFO");

        Assert.Contains(check.Result.Findings, f => f.IsError && f.Location.File.EndsWith("21-fifo.md", StringComparison.Ordinal));
    }

    /// <summary>Defect 18: 'total: 5' after a document separator gave "No findings." and the first document's values.</summary>
    [Theory]
    [InlineData("budgets/2022.yml", "year: 2022\ntotal: 100000\n---\ntotal: 5\n", 3)]
    [InlineData("budgets/2022.yml", "year: 2022\ntotal: 100000\n...\ntotal: 5\n", 4)]
    [InlineData("protokoll.yml", "organisation: O\nbody: Styrgruppen\n---\nbody: Annan\n", 3)]
    public void Text_after_a_second_document_separator_is_an_error_at_it(string file, string text, int line)
    {
        using var content = TempContent.Minimal();
        content.Write(file, text);

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.YamlSyntax, Path.GetFileName(file), line, 1);
        Assert.Contains("second YAML document", finding.Message, StringComparison.Ordinal);
    }
}
