using System.Text;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Loading;

/// <summary>
/// Text that editors and copy-paste produce and the loader must read the same on every machine, or report at the
/// right place: old Mac line ends, line separators, non-characters, and Swedish names in NFC and NFD in every
/// combination of budget and item. The first three were found by the loader fuzz tests.
/// </summary>
public sealed class TextEdgeCaseTests
{
    private const string Meeting = "meetings/2022-03-08-styrgrupp/";
    private const string Decomposed = "Matva\u030Ard";

    [Fact]
    public void A_file_with_old_mac_line_ends_reports_findings_on_the_line_an_editor_shows()
    {
        using var content = TempContent.Minimal();
        content.WriteBytes(Meeting + "1.md", Encoding.UTF8.GetBytes("---\rnumber: 1\rtitle: T\routcome: aproved\r---\r"));

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.InvalidValue, "1.md", 4, 10);
    }

    [Fact]
    public void Invalid_utf8_after_old_mac_line_ends_is_reported_on_its_line()
    {
        using var content = TempContent.Minimal();
        content.WriteBytes(Meeting + "1.md", [.. "---\rnumber: 1\rtitle: Mat"u8, 0xE5, .. "rd\r---\r"u8]);

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.UnreadableFile, "1.md", 3, 11);
    }

    [Fact]
    public void Invalid_utf8_with_only_low_bytes_is_reported_at_its_place()
    {
        // Latin-1 'Å' (0xC5) is below 0xCC, so the file first looks like one the loader reads without changes.
        using var content = TempContent.Minimal();
        content.WriteBytes(Meeting + "1.md", [.. "---\nnumber: 1\ntitle: "u8, 0xC5, .. "sa\n---\n"u8]);

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.UnreadableFile, "1.md", 3, 8);
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void A_unicode_line_separator_in_a_value_does_not_shift_later_findings(string separator)
    {
        using var content = TempContent.Minimal();
        // Written as bytes: the test helper's ReplaceLineEndings would turn the separator into a line end itself.
        content.WriteBytes(Meeting + "1.md", Encoding.UTF8.GetBytes($"---\nnumber: 1\ntitle: \"Rad ett{separator} rad två\"\noutcome: aproved\n---\n"));

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.InvalidValue, "1.md", 4, 10);
    }

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("\uFFFF")]
    public void A_non_character_is_a_finding_at_its_place_not_a_crash(string nonCharacter)
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", $"number: 1\ntitle: Ma{nonCharacter}tvård");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.UnreadableFile, "1.md", 3, 10);
        Assert.Contains($"U+{(int)nonCharacter[0]:X4}", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void A_process_and_stage_match_whether_the_budget_or_the_item_is_written_decomposed(bool budgetDecomposed, bool itemDecomposed)
    {
        using var content = TempContent.Empty();
        var budgetName = budgetDecomposed ? Decomposed : "Matvård";
        var itemName = itemDecomposed ? Decomposed : "Matvård";
        content.Write("protokoll.yml", "organisation: O\nbody: B\n");
        content.Write("budgets/2022.yml", $"year: 2022\ntotal: 1000\nstages:\n  - key: {budgetName}\n  - key: steg2\nprocesses: [{budgetName}]\n");
        content.Write(Meeting + "meeting.yml", "date: 2022-03-08\n");
        content.WriteItem("1.md", $"number: 1\ntitle: T\nprocess: {itemName}\nstage: {itemName}\namount: 100");

        var analysis = FindingAssert.Check(content);

        FindingAssert.None(analysis.Findings);
        Assert.Equal(100m, analysis.Ledger.State(2022)!.Processes.Single(p => p.Name == "Matvård").AmountIn("Matvård"));
    }

    [Fact]
    public void A_meeting_file_written_decomposed_reads_its_names_composed()
    {
        using var content = TempContent.Minimal();
        content.Write(Meeting + "meeting.yml", $"date: 2022-03-08\nchair: Sofia A\u030Aberg\nattendees:\n  - group: Kansliet\n    people: [Sofia A\u030Aberg]\n");

        var meeting = FindingAssert.Check(content).Content.Meetings[0];

        Assert.Equal("Sofia Åberg", meeting.Chair);
        Assert.Equal("Sofia Åberg", meeting.Attendees[0].People[0].Name);
    }
}
