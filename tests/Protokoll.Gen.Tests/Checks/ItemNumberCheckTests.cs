using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Checks;

public sealed class ItemNumberCheckTests
{
    [Fact]
    public void A_missing_number_is_reported()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "title: T");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.NumberMissing, "1.md", 2, 1);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("åtta")]
    [InlineData("8 bb")]
    public void A_number_that_is_not_positive_is_reported_at_the_value(string number)
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", $"number: {number}\ntitle: T");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.NumberInvalid, "1.md", 2, 9);
    }

    [Fact]
    public void A_number_used_twice_in_a_meeting_is_reported_at_the_second_file()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("a.md", "number: 3\ntitle: A");
        content.WriteItem("b.md", "title: B\nnumber: 3");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.NumberDuplicate, "b.md", 3, 9);
        Assert.Contains("a.md", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_number_in_two_meetings_is_fine_per_meeting()
    {
        using var content = TempContent.Minimal();
        content.Write("meetings/2022-05-01-styrgrupp/meeting.yml", "date: 2022-05-01\n");
        content.WriteItem("1.md", "number: 1\ntitle: A");
        content.WriteItem("1.md", "number: 1\ntitle: B", meeting: "2022-05-01-styrgrupp");

        FindingAssert.None(FindingAssert.Check(content).Findings);
    }

    [Fact]
    public void Per_year_numbering_reports_a_number_reused_in_a_later_meeting_of_the_year()
    {
        using var content = TempContent.Minimal();
        content.Write("protokoll.yml", "organisation: O\nbody: B\nnumbering: per-year\n");
        content.Write("meetings/2022-05-01-styrgrupp/meeting.yml", "date: 2022-05-01\n");
        content.WriteItem("1.md", "number: 1\ntitle: A");
        content.WriteItem("1.md", "number: 1\ntitle: B", meeting: "2022-05-01-styrgrupp");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.NumberDuplicate, "2022-05-01-styrgrupp/1.md", 2, 9);
    }

    [Fact]
    public void Per_year_numbering_warns_about_a_number_missing_between_meetings()
    {
        using var content = PerYear();
        content.WriteItem("1.md", "number: 1\ntitle: A");
        content.WriteItem("2.md", "number: 2\ntitle: B");
        content.WriteItem("4.md", "number: 4\ntitle: D", meeting: "2022-05-01-styrgrupp");
        content.WriteItem("5.md", "number: 5\ntitle: E", meeting: "2022-05-01-styrgrupp");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.NumberGap, "2022-05-01-styrgrupp/4.md", 2, 9);
        Assert.False(finding.IsError);
        Assert.StartsWith("§ 3 is missing in 2022", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_of_missing_numbers_is_one_warning_naming_the_range()
    {
        using var content = PerYear();
        content.WriteItem("1.md", "number: 1\ntitle: A");
        content.WriteItem("5.md", "number: 5\ntitle: E");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.NumberGap, "5.md", 2, 9);
        Assert.StartsWith("§§ 2–4 are missing", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_late_lettered_item_is_not_a_gap_and_a_new_year_starts_afresh()
    {
        using var content = PerYear();
        content.WriteItem("1.md", "number: 1\ntitle: A");
        content.WriteItem("1a.md", "number: 1 a\ntitle: A2");
        content.WriteItem("2.md", "number: 2\ntitle: B", meeting: "2022-05-01-styrgrupp");
        content.Write("meetings/2023-01-20-styrgrupp/meeting.yml", "date: 2023-01-20\n");
        content.WriteItem("1.md", "number: 1\ntitle: Nytt år", meeting: "2023-01-20-styrgrupp");

        FindingAssert.None(FindingAssert.Check(content).Findings);
    }

    [Fact]
    public void Per_meeting_numbering_does_not_look_for_gaps()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: A");
        content.WriteItem("3.md", "number: 3\ntitle: C");

        FindingAssert.None(FindingAssert.Check(content).Findings);
    }

    private static TempContent PerYear()
    {
        var content = TempContent.Minimal();
        content.Write("protokoll.yml", "organisation: O\nbody: B\nnumbering: per-year\n");
        content.Write("meetings/2022-05-01-styrgrupp/meeting.yml", "date: 2022-05-01\n");
        return content;
    }
}
