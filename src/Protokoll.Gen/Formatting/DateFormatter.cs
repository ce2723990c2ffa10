namespace Protokoll.Gen.Formatting;

/// <summary>Dates as minutes write them ("15 september 2022", "15 September 2022"), independent of the machine's culture.</summary>
public static class DateFormatter
{
    private static readonly string[] SwedishMonths =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Long(DateOnly date, string locale)
    {
        var months = string.Equals(locale, "en-GB", StringComparison.Ordinal) ? EnglishMonths : SwedishMonths;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Day} {months[date.Month - 1]} {date.Year}");
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
