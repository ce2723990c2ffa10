namespace Protokoll.Gen.Deadlines;

/// <summary>
/// The allmänna helgdagar of lag (1989:253) om allmänna helgdagar: the fixed days, the days that hang on Easter
/// (computed with the Gregorian computus) and the Saturdays that midsommardagen and alla helgons dag fall on.
/// Written out here rather than taken from a holiday package because the law text is short, the rules do not
/// change from year to year, and a deadline a kommunjurist relies on should be readable in one file.
/// </summary>
public static class SwedishHolidays
{
    /// <summary>The Swedish name of the allmän helgdag on this day, or null when it is none (an ordinary Sunday is none).</summary>
    public static string? Name(DateOnly date)
    {
        var fixedDay = (date.Month, date.Day) switch
        {
            (1, 1) => "nyårsdagen",
            (1, 6) => "trettondedag jul",
            (5, 1) => "första maj",
            (6, 6) => "Sveriges nationaldag",
            (12, 25) => "juldagen",
            (12, 26) => "annandag jul",
            _ => null,
        };
        if (fixedDay is not null)
        {
            return fixedDay;
        }

        if (date.DayOfWeek == DayOfWeek.Saturday)
        {
            // Midsommardagen is the Saturday from 20 to 26 June, alla helgons dag the Saturday from 31 October to 6 November.
            if (date.Month == 6 && date.Day is >= 20 and <= 26)
            {
                return "midsommardagen";
            }

            if ((date.Month == 10 && date.Day == 31) || (date.Month == 11 && date.Day <= 6))
            {
                return "alla helgons dag";
            }
        }

        return (date.DayNumber - Easter(date.Year).DayNumber) switch
        {
            -2 => "långfredagen",
            0 => "påskdagen",
            1 => "annandag påsk",
            39 => "Kristi himmelsfärdsdag",
            49 => "pingstdagen",
            _ => null,
        };
    }

    public static bool IsHoliday(DateOnly date) => Name(date) is not null;

    /// <summary>Easter Sunday of a Gregorian year (the anonymous algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
