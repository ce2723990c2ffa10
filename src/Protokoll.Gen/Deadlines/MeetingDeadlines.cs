using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Deadlines;

/// <summary>
/// One meeting's deadlines: justering, anslag and the end of the appeal period, with what has been recorded and
/// a warning for every deadline passed without the step.
/// </summary>
public sealed record MeetingDeadlines
{
    public required Meeting Meeting { get; init; }
    /// <summary>14 days after the meeting, moved off a day off (lag (1930:173)).</summary>
    public required LegalDay AdjustmentDeadline { get; init; }

    /// <summary>The day the minutes were adjusted; null while they are not.</summary>
    public DateOnly? AdjustedOn { get; init; }

    /// <summary>Two days after the justering, or after the justering deadline while the minutes are not adjusted.</summary>
    public required LegalDay NoticeDeadline { get; init; }

    /// <summary>The day the anslag was put up, when recorded.</summary>
    public DateOnly? NoticePostedOn { get; init; }

    /// <summary>The last day an appeal may arrive; null until the anslag is put up, since the period runs from it.</summary>
    public LegalDay? AppealEnds { get; init; }

    /// <summary>Items adjusted at the meeting (omedelbar justering): their anslag is due two days after the meeting.</summary>
    public IReadOnlyList<ItemNumber> UrgentItems { get; init; } = [];
    public LegalDay UrgentNoticeDeadline => DeadlineRules.NoticeDeadline(Meeting.Date);

    public IReadOnlyList<Finding> Warnings { get; init; } = [];
}
