using Protokoll.Gen.Deadlines;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Tests.Deadlines;

public sealed class DeadlineCalculatorTests
{
    private static readonly SourceMap Source = new(SourceLocation.StartOf("meeting.yml"));

    [Theory]
    [InlineData("2022-12-22", "2023-01-05")]
    [InlineData("2022-01-31", "2022-02-14")]
    [InlineData("2024-02-20", "2024-03-05")]
    [InlineData("2023-02-20", "2023-03-06")]
    [InlineData("2024-02-15", "2024-02-29")]
    public void The_justering_is_due_fourteen_days_after_the_meeting(string meeting, string due)
    {
        var deadlines = DeadlineCalculator.For(Meeting(meeting), Day(meeting));

        Assert.Equal(Day(due), deadlines.AdjustmentDeadline.Date);
    }

    [Fact]
    public void Before_the_justering_the_anslag_is_due_two_days_after_its_deadline_across_the_year_end()
    {
        var deadlines = DeadlineCalculator.For(Meeting("2022-12-22"), Day("2022-12-22"));

        // 5 January + 2 is Saturday 7 January: the deadline moves to Monday 9 January (lag (1930:173)).
        Assert.Equal(Day("2023-01-09"), deadlines.NoticeDeadline.Date);
        Assert.Null(deadlines.AppealEnds);
    }

    [Theory]
    [InlineData("2022-12-22", "2022-12-30", "2023-01-02")]
    [InlineData("2024-02-20", "2024-02-27", "2024-02-29")]
    [InlineData("2023-02-20", "2023-02-27", "2023-03-01")]
    [InlineData("2022-03-21", "2022-03-30", "2022-04-01")]
    public void Once_adjusted_the_anslag_is_due_the_second_day_after(string meeting, string adjusted, string due)
    {
        var deadlines = DeadlineCalculator.For(Meeting(meeting, adjusted), Day(adjusted));

        Assert.Equal(Day(due), deadlines.NoticeDeadline.Date);
    }

    [Theory]
    [InlineData("2024-02-01", "2024-02-07", "2024-02-08", "2024-02-29")]
    [InlineData("2024-02-20", "2024-02-27", "2024-02-29", "2024-03-21")]
    [InlineData("2023-02-01", "2023-02-07", "2023-02-08", "2023-03-01")]
    public void The_appeal_period_ends_three_weeks_from_the_day_of_the_anslag(string meeting, string adjusted, string posted, string lastDay)
    {
        var deadlines = DeadlineCalculator.For(Meeting(meeting, adjusted, posted), Day(posted));

        Assert.Equal(Day(lastDay), deadlines.AppealEnds!.Value.Date);
        Assert.Equal(Day(posted).DayOfWeek, deadlines.AppealEnds!.Value.Date.DayOfWeek);
    }

    [Fact]
    public void No_warning_on_the_last_day_of_a_deadline()
    {
        var deadlines = DeadlineCalculator.For(Meeting("2022-12-22"), Day("2023-01-05"));

        Assert.Empty(deadlines.Warnings);
    }

    [Fact]
    public void The_day_after_a_missed_justering_warns_and_after_two_more_the_anslag_too()
    {
        var late = DeadlineCalculator.For(Meeting("2022-12-22"), Day("2023-01-06"));
        // The anslag deadline, 7 January, is a Saturday and moves to Monday 9 January.
        var later = DeadlineCalculator.For(Meeting("2022-12-22"), Day("2023-01-10"));

        Assert.Equal([FindingCodes.AdjustmentOverdue], late.Warnings.Select(w => w.Code));
        Assert.Equal([FindingCodes.AdjustmentOverdue, FindingCodes.NoticeOverdue], later.Warnings.Select(w => w.Code));
        Assert.All(later.Warnings, w => Assert.False(w.IsError));
    }

    [Fact]
    public void An_adjusted_meeting_without_anslag_warns_two_days_after_the_justering()
    {
        var deadlines = DeadlineCalculator.For(Meeting("2022-12-22", "2022-12-28"), Day("2022-12-31"));

        var warning = Assert.Single(deadlines.Warnings);
        Assert.Equal(FindingCodes.NoticeOverdue, warning.Code);
        Assert.Contains("due by 2022-12-30", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_date_is_a_plan_not_a_justering()
    {
        var meeting = Meeting("2022-12-22") with
        {
            Adjustment = new Adjustment(null, Day("2022-12-28"), AdjustmentStatus.Draft, Source),
        };

        var deadlines = DeadlineCalculator.For(meeting, Day("2023-01-06"));

        Assert.Null(deadlines.AdjustedOn);
        Assert.Equal(Day("2023-01-09"), deadlines.NoticeDeadline.Date);
        Assert.Contains(deadlines.Warnings, w => w.Code == FindingCodes.AdjustmentOverdue);
    }

    private static Meeting Meeting(string date, string? adjusted = null, string? posted = null) => new()
    {
        Id = "m",
        Date = Day(date),
        File = "meeting.yml",
        Source = Source,
        Adjustment = adjusted is null ? null : new Adjustment(null, Day(adjusted), AdjustmentStatus.Adjusted, Source),
        Notice = posted is null ? null : new Notice(Day(posted), Source),
    };

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
