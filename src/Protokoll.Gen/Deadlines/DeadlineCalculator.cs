using System.Globalization;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Deadlines;

/// <summary>
/// Works out each meeting's deadlines from its date, <c>adjustment</c> and <c>notice</c>, and warns about the ones
/// passed on <c>today</c> without the step recorded. Takes the day as an argument so the result never depends on
/// when it runs.
/// </summary>
public static class DeadlineCalculator
{
    public static IReadOnlyList<MeetingDeadlines> For(ContentSet content, DateOnly today) =>
        content.Meetings.Select(m => For(m, today)).ToArray();

    public static MeetingDeadlines For(Meeting meeting, DateOnly today)
    {
        var adjustmentDeadline = DeadlineRules.AdjustmentDeadline(meeting.Date);
        var adjustedOn = meeting.Adjustment?.AdjustedOn;
        var noticeDeadline = DeadlineRules.NoticeDeadline(adjustedOn ?? adjustmentDeadline.Date);
        var postedOn = meeting.Notice?.Date;

        var warnings = new List<Finding>();
        if (adjustedOn is null && today > adjustmentDeadline.Date)
        {
            warnings.Add(Finding.Warning(FindingCodes.AdjustmentOverdue,
                $"The minutes of {meeting.Id} were due to be adjusted by {adjustmentDeadline.Text} (14 days after the meeting) and are not recorded as adjusted: adjust them now and record 'adjustment: {{ date: YYYY-MM-DD, status: adjusted }}' in meeting.yml.",
                meeting.Source["adjustment"]));
        }

        if (postedOn is null && today > noticeDeadline.Date)
        {
            warnings.Add(Finding.Warning(FindingCodes.NoticeOverdue,
                $"The anslag for {meeting.Id} was due by {noticeDeadline.Text} ({(adjustedOn is null ? "2 days after the justering deadline" : "2 days after the justering")}) and no anslag date is recorded: put the notice up and record 'notice: {{ date: YYYY-MM-DD }}' in meeting.yml.",
                meeting.Source["notice"]));
        }

        return new MeetingDeadlines
        {
            Meeting = meeting,
            AdjustmentDeadline = adjustmentDeadline,
            AdjustedOn = adjustedOn,
            NoticeDeadline = noticeDeadline,
            NoticePostedOn = postedOn,
            AppealEnds = postedOn is { } posted ? DeadlineRules.AppealEnds(posted) : null,
            UrgentItems = meeting.Items.Where(i => i.UrgentAdjustment && i.Number is not null).Select(i => i.Number!.Value).ToArray(),
            Warnings = warnings,
        };
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
