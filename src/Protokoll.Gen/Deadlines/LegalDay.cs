namespace Protokoll.Gen.Deadlines;

/// <summary>
/// The last day of a time limit after lag (1930:173) om beräkning av lagstadgad tid: the day the law's count gives
/// (<see cref="Counted"/>) and the day that counts (<see cref="Date"/>), which is later when the counted day was a
/// Saturday, Sunday, allmän helgdag, midsommarafton, julafton or nyårsafton (2 §).
/// </summary>
public readonly record struct LegalDay(DateOnly Date, DateOnly Counted)
{
    public bool Moved => Date != Counted;

    /// <summary>The day as messages print it (ISO 8601), saying when the law moved it off a day off.</summary>
    public string Text => Moved
        ? $"{Iso(Date)} (moved from {Iso(Counted)}, lag (1930:173))"
        : Iso(Date);

    /// <summary>The day a time limit counted to <paramref name="counted"/> ends, moved to the next weekday when needed.</summary>
    public static LegalDay EndingOn(DateOnly counted)
    {
        var date = counted;
        while (IsDayOff(date) && date < DateOnly.MaxValue)
        {
            date = date.AddDays(1);
        }

        return new LegalDay(date, counted);
    }

    /// <summary>A day on which no time limit ends (lag (1930:173) 2 §).</summary>
    public static bool IsDayOff(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
        || SwedishHolidays.IsHoliday(date)
        || (date.Month, date.Day) is (12, 24) or (12, 31)
        || IsMidsummerEve(date);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Midsommarafton: the Friday before midsommardagen, so the Friday from 19 to 25 June.</summary>
    private static bool IsMidsummerEve(DateOnly date) =>
        date.DayOfWeek == DayOfWeek.Friday && date.Month == 6 && date.Day is >= 19 and <= 25;
}
