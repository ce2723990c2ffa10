using System.Globalization;
using Protokoll.Gen.Formatting;

namespace Protokoll.Gen.Tests.Formatting;

public sealed class MoneyFormatterTests
{
    [Theory]
    [InlineData("1000000", "sv-SE", "1 000 000,00 kr")]
    [InlineData("91320", "sv-SE", "91 320,00 kr")]
    [InlineData("0.5", "sv-SE", "0,50 kr")]
    [InlineData("0", "sv-SE", "- kr")]
    [InlineData("-1500", "sv-SE", "-1 500,00 kr")]
    [InlineData("1000000", "en-GB", "SEK 1,000,000.00")]
    [InlineData("0", "en-GB", "SEK -")]
    public void Formats_kronor_for_the_locale_with_no_break_spaces(string amount, string locale, string expected)
    {
        var formatted = MoneyFormatter.Format(decimal.Parse(amount, CultureInfo.InvariantCulture), locale);

        Assert.Equal(expected, formatted.Replace('\u00A0', ' '));
        Assert.DoesNotContain(' ', formatted);
    }

    [Fact]
    public void The_machines_culture_changes_nothing()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-CH");
            var swiss = MoneyFormatter.Format(1234567.89m, "sv-SE");
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            var arabic = MoneyFormatter.Format(1234567.89m, "sv-SE");

            Assert.Equal("1\u00A0234\u00A0567,89\u00A0kr", swiss);
            Assert.Equal(swiss, arabic);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Short_form_drops_zero_ore_only()
    {
        Assert.Equal("275\u00A0740\u00A0kr", MoneyFormatter.FormatShort(275740m, "sv-SE"));
        Assert.Equal("1\u00A0000,50\u00A0kr", MoneyFormatter.FormatShort(1000.5m, "sv-SE"));
    }
}
