using Protokoll.Gen.Deadlines;
using static Protokoll.Gen.Tests.Deadlines.SwedishHolidaysTests;

namespace Protokoll.Gen.Tests.Deadlines;

/// <summary>The cases of issue 19: each was printed or checked against the plain day count before lag (1930:173).</summary>
public sealed class DeadlineRulesTests
{
    [Theory]
    [InlineData("2024-03-08", "2024-04-02", "2024-03-29")] // långfredagen, then annandag påsk
    [InlineData("2023-06-02", "2023-06-26", "2023-06-23")] // midsommarafton, midsommardagen, a Sunday
    [InlineData("2024-05-16", "2024-06-07", "2024-06-06")] // nationaldagen
    [InlineData("2022-12-03", "2022-12-27", "2022-12-24")] // julafton, then a Sunday and annandag jul
    [InlineData("2022-12-02", "2022-12-23", "2022-12-23")] // an ordinary Friday stays
    public void The_appeal_period_ends_on_the_next_weekday_after_a_day_off(string posted, string lastDay, string counted)
    {
        var ends = DeadlineRules.AppealEnds(Day(posted));

        Assert.Equal(Day(lastDay), ends.Date);
        Assert.Equal(Day(counted), ends.Counted);
    }

    [Fact]
    public void A_justering_on_friday_30_december_may_be_announced_on_monday_2_january()
    {
        var deadline = DeadlineRules.NoticeDeadline(Day("2022-12-30"));

        Assert.Equal(Day("2023-01-02"), deadline.Date);
        Assert.Equal("2023-01-02 (moved from 2023-01-01, lag (1930:173))", deadline.Text);
    }

    [Fact]
    public void Fourteen_days_after_7_april_2025_is_annandag_pask_so_22_april_is_in_time() =>
        Assert.Equal(Day("2025-04-22"), DeadlineRules.AdjustmentDeadline(Day("2025-04-07")).Date);
}
