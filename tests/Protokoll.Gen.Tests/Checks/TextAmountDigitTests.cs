using Protokoll.Gen.Checks;

namespace Protokoll.Gen.Tests.Checks;

/// <summary>Only ASCII digits are read as kronor: other scripts' digits are text (they once crashed decimal.Parse).</summary>
public sealed class TextAmountDigitTests
{
    [Theory]
    [InlineData("5,\u0660\u0660 kr")]
    [InlineData("\u0662\u0660\u0662\u0663 kr")]
    [InlineData("\uFF12\uFF10 kr")]
    public void Non_ascii_digits_are_not_read_as_an_amount(string text)
    {
        Assert.Empty(TextAmountCheck.AmountsIn(text));
    }

    [Fact]
    public void Ascii_digits_are_still_read() =>
        Assert.Equal(275740m, Assert.Single(TextAmountCheck.AmountsIn("budget (275 740 kr)")).Value);
}
