using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Loading;

namespace Protokoll.Gen.Tests.Loading;

public sealed class AmountParserTests
{
    [Theory]
    [InlineData("275740", "275740")]
    [InlineData("275740.5", "275740.5")]
    [InlineData("275740.50", "275740.50")]
    [InlineData("275 740 kr", "275740")]
    [InlineData("1 000,50 kr", "1000.50")]
    [InlineData("1\u00A0000\u00A0000,00\u00A0kr", "1000000.00")]
    [InlineData("275 740:-", "275740")]
    [InlineData("SEK 12 000", "12000")]
    [InlineData("0,01 kr", "0.01")]
    public void Reads_the_ways_a_secretary_writes_kronor(string text, string expected)
    {
        var result = AmountParser.Parse(text);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
    }

    [Theory]
    [InlineData("abc", FindingCodes.AmountUnreadable)]
    [InlineData("1,000.50", FindingCodes.AmountUnreadable)]
    [InlineData("1.000.000", FindingCodes.AmountUnreadable)]
    [InlineData("12.", FindingCodes.AmountUnreadable)]
    [InlineData("100.123", FindingCodes.AmountTooPrecise)]
    [InlineData("1,000", FindingCodes.AmountTooPrecise)]
    [InlineData("0", FindingCodes.AmountNotPositive)]
    [InlineData("-5000", FindingCodes.AmountNotPositive)]
    [InlineData("- kr", FindingCodes.AmountNotPositive)]
    [InlineData("123456789012345678901234567890", FindingCodes.AmountTooLarge)]
    [InlineData("1 000 000 000 000 kr", FindingCodes.AmountTooLarge)]
    public void Rejects_what_is_not_an_amount_with_the_reason(string text, string code)
    {
        var result = AmountParser.Parse(text);

        Assert.False(result.IsValid);
        Assert.Equal(code, result.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Fact]
    public void Largest_accepted_amount_is_exact()
    {
        var result = AmountParser.Parse("999999999999.99");

        Assert.Equal(AmountParser.MaxAmount, result.Value);
    }
}
