using System.Globalization;
using Protokoll.Gen.Formatting;

namespace Protokoll.Gen.Tests.Formatting;

/// <summary>The fast date reader accepts and refuses exactly what .NET's exact "yyyy-MM-dd" parser does.</summary>
public sealed class IsoDateTests
{
    public static TheoryData<string> Unusual => new()
    {
        "", "2022-06-09 ", " 2022-06-09", "2022-6-09", "2022-06-9", "22-06-09", "02022-06-09", "2022/06/09",
        "２０２２-06-09", "+022-06-09", "-022-06-09", "2022-06-0a", "2022−06−09", "0000-01-01", "10000-01-01",
    };

    [Fact]
    public void Every_year_month_and_day_combination_reads_as_the_exact_parser_reads_it()
    {
        foreach (var year in new[] { 0, 1, 99, 1900, 2000, 2022, 2023, 2024, 2100, 9999 })
        {
            for (var month = 0; month <= 13; month++)
            {
                for (var day = 0; day <= 32; day++)
                {
                    AssertSameAsExactParser($"{year:0000}-{month:00}-{day:00}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Unusual))]
    public void Unusual_forms_read_as_the_exact_parser_reads_them(string text) => AssertSameAsExactParser(text);

    private static void AssertSameAsExactParser(string text)
    {
        var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expectedDate);

        var actual = IsoDate.TryParse(text, out var actualDate);

        Assert.True(expected == actual, $"'{text}': exact parser {expected}, IsoDate {actual}");
        Assert.Equal(expectedDate, actualDate);
    }
}
