namespace Protokoll.Gen.Deadlines;

/// <summary>
/// The day counts of kommunallagen (2017:725) that the minutes run against, in one place for the checks, the
/// deadlines command and the documents. Days are counted as calendar days; a last day that falls on a Saturday,
/// Sunday, allmän helgdag, midsommarafton, julafton or nyårsafton moves to the next weekday, as lag (1930:173) om
/// beräkning av lagstadgad tid 2 § says (see <see cref="LegalDay"/> and docs/swedish-minutes.md).
/// </summary>
public static class DeadlineRules
{
    /// <summary>The minutes are adjusted (justeras) at the latest 14 days after the meeting (KL 5 kap 69 §).</summary>
    public const int AdjustmentDays = 14;

    /// <summary>The anslag is put up at the latest the second day after the justering (8 kap 12 §).</summary>
    public const int NoticeDays = 2;

    /// <summary>An appeal must reach the förvaltningsrätt within three weeks from the day of the anslag (13 kap 5 §).</summary>
    public const int AppealDays = 21;

    public static LegalDay AdjustmentDeadline(DateOnly meeting) => LegalDay.EndingOn(Later(meeting, AdjustmentDays));

    public static LegalDay NoticeDeadline(DateOnly adjusted) => LegalDay.EndingOn(Later(adjusted, NoticeDays));

    /// <summary>The last day an appeal may arrive: "three weeks from the day" is the same weekday three weeks on, then moved.</summary>
    public static LegalDay AppealEnds(DateOnly noticePosted) => LegalDay.EndingOn(Later(noticePosted, AppealDays));

    /// <summary>
    /// A date some days on, stopping at the calendar's last day: a meeting dated in December 9999 (a typo, or hostile
    /// input) must give a finding or a date, never an exception.
    /// </summary>
    private static DateOnly Later(DateOnly date, int days) =>
        date.DayNumber + days <= DateOnly.MaxValue.DayNumber ? date.AddDays(days) : DateOnly.MaxValue;
}
