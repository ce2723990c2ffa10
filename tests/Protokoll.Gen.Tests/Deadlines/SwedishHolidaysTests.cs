using System.Globalization;
using Protokoll.Gen.Deadlines;

namespace Protokoll.Gen.Tests.Deadlines;

public sealed class SwedishHolidaysTests
{
    /// <summary>
    /// Easter Sunday, midsommardagen and alla helgons dag for 2020–2030, written out from the almanac (not computed),
    /// so the computus and the Saturday rules are checked against something they did not produce.
    /// </summary>
    private static readonly (int Year, string Easter, string Midsummer, string AllSaints)[] Almanac =
    [
        (2020, "04-12", "06-20", "10-31"),
        (2021, "04-04", "06-26", "11-06"),
        (2022, "04-17", "06-25", "11-05"),
        (2023, "04-09", "06-24", "11-04"),
        (2024, "03-31", "06-22", "11-02"),
        (2025, "04-20", "06-21", "11-01"),
        (2026, "04-05", "06-20", "10-31"),
        (2027, "03-28", "06-26", "11-06"),
        (2028, "04-16", "06-24", "11-04"),
        (2029, "04-01", "06-23", "11-03"),
        (2030, "04-21", "06-22", "11-02"),
    ];

    [Fact]
    public void Every_allman_helgdag_from_2020_to_2030_is_known_and_no_other_day_is()
    {
        var expected = new Dictionary<DateOnly, string>();
        foreach (var (year, easter, midsummer, allSaints) in Almanac)
        {
            var sunday = Day($"{year}-{easter}");
            expected[Day($"{year}-01-01")] = "nyårsdagen";
            expected[Day($"{year}-01-06")] = "trettondedag jul";
            expected[sunday.AddDays(-2)] = "långfredagen";
            expected[sunday] = "påskdagen";
            expected[sunday.AddDays(1)] = "annandag påsk";
            expected[Day($"{year}-05-01")] = "första maj";
            expected[sunday.AddDays(39)] = "Kristi himmelsfärdsdag";
            expected[sunday.AddDays(49)] = "pingstdagen";
            expected[Day($"{year}-06-06")] = "Sveriges nationaldag";
            expected[Day($"{year}-{midsummer}")] = "midsommardagen";
            expected[Day($"{year}-{allSaints}")] = "alla helgons dag";
            expected[Day($"{year}-12-25")] = "juldagen";
            expected[Day($"{year}-12-26")] = "annandag jul";
        }

        for (var day = Day("2020-01-01"); day <= Day("2030-12-31"); day = day.AddDays(1))
        {
            Assert.Equal(expected.GetValueOrDefault(day), SwedishHolidays.Name(day));
        }
    }

    [Fact]
    public void Easter_matches_the_almanac()
    {
        foreach (var (year, easter, _, _) in Almanac)
        {
            Assert.Equal(Day($"{year}-{easter}"), SwedishHolidays.Easter(year));
        }
    }

    /// <summary>Lag (1930:173) 2 §: besides Saturdays, Sundays and helgdagar, midsommarafton, julafton and nyårsafton.</summary>
    [Theory]
    [InlineData("2023-06-23", true)]   // midsommarafton, a Friday
    [InlineData("2022-12-24", true)]   // julafton, a Saturday
    [InlineData("2025-12-24", true)]   // julafton, a Wednesday
    [InlineData("2025-12-31", true)]   // nyårsafton, a Wednesday
    [InlineData("2024-04-01", true)]   // annandag påsk
    [InlineData("2024-03-28", false)]  // skärtorsdagen is a working day
    [InlineData("2023-01-05", false)]  // trettondagsafton is a working day
    [InlineData("2024-04-30", false)]  // valborgsmässoafton is a working day
    [InlineData("2023-06-16", false)]  // a Friday a week before midsommar
    public void The_days_no_time_limit_ends_on(string day, bool dayOff) =>
        Assert.Equal(dayOff, LegalDay.IsDayOff(Day(day)));

    internal static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
