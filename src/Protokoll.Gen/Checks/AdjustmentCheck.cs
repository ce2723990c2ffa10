using System.Globalization;
using Protokoll.Gen.Deadlines;
using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Checks;

/// <summary>
/// The justering must fall within 14 days of the meeting (KL 5 kap 69 §), and the anslag on the day of the justering or
/// within the two days after it (KL 8 kap 12 §); a last day that is a day off moves to the next weekday (lag (1930:173)). Errors, not warnings: a late step is a breach of the law that the
/// chair must see before signing, and it moves the day decisions can be appealed and take effect.
/// </summary>
public sealed class AdjustmentCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var meeting in context.Content.Meetings)
        {
            var adjustment = meeting.Adjustment;
            var deadline = DeadlineRules.AdjustmentDeadline(meeting.Date);
            if (adjustment?.Date is { } date && date > deadline.Date)
            {
                yield return Finding.Error(FindingCodes.AdjustmentLate,
                    $"The justering on {Iso(date)} is {date.DayNumber - meeting.Date.DayNumber} days after the meeting of {Iso(meeting.Date)}; the minutes must be adjusted within {DeadlineRules.AdjustmentDays} days, by {deadline.Text} (KL 5 kap 69 §). Hold the justering by then; if it already took place late, keep the true date here and tell the kommunjurist.",
                    adjustment.Source["date"]);
            }
            else if (adjustment?.Date is { } early && early < meeting.Date)
            {
                yield return Finding.Error(FindingCodes.InvalidValue,
                    $"The justering date {Iso(early)} is before the meeting of {Iso(meeting.Date)}: minutes are adjusted after the meeting. Correct the date.",
                    adjustment.Source["date"]);
            }

            if (meeting.Notice?.Date is not { } posted)
            {
                continue;
            }

            var at = meeting.Notice.Source["date"];
            if (adjustment?.AdjustedOn is not { } adjusted)
            {
                yield return Finding.Error(FindingCodes.NoticeBeforeAdjustment,
                    $"An anslag is recorded on {Iso(posted)} but the minutes are not recorded as adjusted: the anslag announces the justering, so record it first with 'adjustment: {{ date: YYYY-MM-DD, status: adjusted }}'.",
                    at);
            }
            else if (posted < adjusted)
            {
                yield return Finding.Error(FindingCodes.NoticeBeforeAdjustment,
                    $"The anslag on {Iso(posted)} is before the justering on {Iso(adjusted)}: the anslag announces that the minutes are adjusted, so it can only be put up after. Correct one of the dates.",
                    at);
            }
            else if (posted > DeadlineRules.NoticeDeadline(adjusted).Date)
            {
                yield return Finding.Error(FindingCodes.NoticeLate,
                    $"The anslag on {Iso(posted)} is {posted.DayNumber - adjusted.DayNumber} days after the justering on {Iso(adjusted)}; it must be put up at the latest the second day after the justering, by {DeadlineRules.NoticeDeadline(adjusted).Text} (KL 8 kap 12 §). The appeal period runs from the anslag, so a late one delays every decision taking effect; record the true date and tell the kommunjurist.",
                    at);
            }
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
