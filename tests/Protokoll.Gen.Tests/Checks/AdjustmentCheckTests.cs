using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Checks;

/// <summary>The minimal meeting is on 2022-03-08: justering by 2022-03-22.</summary>
public sealed class AdjustmentCheckTests
{
    [Fact]
    public void Justering_on_the_fourteenth_day_and_anslag_two_days_later_pass()
    {
        using var content = Meeting("adjustment: { date: 2022-03-22, status: adjusted }\nnotice: { date: 2022-03-24 }");

        FindingAssert.None(FindingAssert.Check(content).Findings);
    }

    [Fact]
    public void Justering_on_the_fifteenth_day_is_an_error_at_the_date()
    {
        using var content = Meeting("adjustment:\n  place: Kansliet\n  date: 2022-03-23\n  status: adjusted");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.AdjustmentLate, "meeting.yml", 4, 9);
        Assert.True(finding.IsError);
        Assert.Contains("15 days after the meeting", finding.Message, StringComparison.Ordinal);
        Assert.Contains("by 2022-03-22", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_planned_justering_too_late_is_reported_too()
    {
        using var content = Meeting("adjustment: { date: 2022-04-01, status: draft }");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.AdjustmentLate, "meeting.yml", 2, 21);
    }

    [Fact]
    public void Justering_before_the_meeting_is_a_wrong_date()
    {
        using var content = Meeting("adjustment: { date: 2022-03-01, status: adjusted }");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.InvalidValue, "meeting.yml", 2, 21);
    }

    [Fact]
    public void Adjusted_without_a_date_is_a_missing_key()
    {
        using var content = Meeting("adjustment: { status: adjusted }");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.MissingKey, "meeting.yml", 2, 23);
    }

    [Fact]
    public void Anslag_before_the_justering_is_reported_at_the_anslag_date()
    {
        using var content = Meeting("adjustment: { date: 2022-03-15, status: adjusted }\nnotice:\n  date: 2022-03-14");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.NoticeBeforeAdjustment, "meeting.yml", 4, 9);
        Assert.Contains("before the justering", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anslag_while_the_minutes_are_a_draft_is_reported()
    {
        using var content = Meeting("adjustment: { date: 2022-03-15, status: draft }\nnotice: { date: 2022-03-16 }");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.NoticeBeforeAdjustment, "meeting.yml", 3, 17);
        Assert.Contains("not recorded as adjusted", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anslag_three_days_after_the_justering_is_late()
    {
        using var content = Meeting("adjustment: { date: 2022-03-30, status: adjusted }\nnotice: { date: 2022-04-02 }");

        var findings = FindingAssert.Check(content).Findings;

        var finding = FindingAssert.At(findings, FindingCodes.NoticeLate, "meeting.yml", 3, 17);
        Assert.Contains("by 2022-04-01", finding.Message, StringComparison.Ordinal);
        FindingAssert.Single(findings, FindingCodes.AdjustmentLate);
    }

    /// <summary>Lag (1930:173) 2 §: a last day on a day off moves to the next weekday, so these dates are lawful.</summary>
    [Theory]
    [InlineData("2022-12-22", "2022-12-30", "2023-01-02")] // two days after Friday 30 December is nyårsdagen, a Sunday
    [InlineData("2025-04-07", "2025-04-22", "2025-04-23")] // fourteen days after 7 April 2025 is annandag påsk
    [InlineData("2023-06-09", "2023-06-26", "2023-06-27")] // fourteen days on is midsommarafton
    public void A_deadline_that_falls_on_a_day_off_runs_to_the_next_weekday(string meeting, string adjusted, string posted)
    {
        using var content = TempContent.Minimal();
        content.Write($"meetings/{meeting}-styrgrupp/meeting.yml", $"date: {meeting}\nadjustment: {{ date: {adjusted}, status: adjusted }}\nnotice: {{ date: {posted} }}\n");

        var findings = FindingAssert.Check(content).Findings;

        Assert.DoesNotContain(findings, f => f.Code is FindingCodes.AdjustmentLate or FindingCodes.NoticeLate);
    }

    [Fact]
    public void A_late_anslag_says_when_the_deadline_was_moved()
    {
        using var content = TempContent.Minimal();
        content.Write("meetings/2022-12-22-styrgrupp/meeting.yml", "date: 2022-12-22\nadjustment: { date: 2022-12-30, status: adjusted }\nnotice: { date: 2023-01-03 }\n");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.NoticeLate, "meeting.yml", 3, 17);
        Assert.Contains("by 2023-01-02 (moved from 2023-01-01, lag (1930:173))", finding.Message, StringComparison.Ordinal);
    }

    private static TempContent Meeting(string keys)
    {
        var content = TempContent.Minimal();
        content.Write("meetings/2022-03-08-styrgrupp/meeting.yml", $"date: 2022-03-08\n{keys}\n");
        return content;
    }
}
