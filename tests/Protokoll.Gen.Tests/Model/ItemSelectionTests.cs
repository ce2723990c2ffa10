using Protokoll.Gen.Model;

namespace Protokoll.Gen.Tests.Model;

public sealed class ItemSelectionTests
{
    [Theory]
    [InlineData("1-10", "1,5,5a,10", "10a,11")]
    [InlineData("1–10", "1,10", "11")]
    [InlineData("1 - 4, 6", "1,3a,4,6", "4a,5,6a,7")]
    [InlineData("12-17a", "12,17,17a", "11,17b,18")]
    [InlineData("3", "3", "2,3a,4")]
    public void Partial_attendance_covers_exactly_the_items_between_its_ends(string written, string inside, string outside)
    {
        Assert.True(ItemSelection.TryParse(written, out var selection));

        Assert.All(inside.Split(','), n => Assert.True(selection.Contains(Number(n)), $"{written} should include {n}"));
        Assert.All(outside.Split(','), n => Assert.False(selection.Contains(Number(n)), $"{written} should not include {n}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1-x")]
    [InlineData("10-1")]
    [InlineData("1-2-3")]
    [InlineData("0-4")]
    public void Unreadable_attendance_is_refused(string written) => Assert.False(ItemSelection.TryParse(written, out _));

    private static ItemNumber Number(string text) => ItemNumber.TryParse(text, out var number) ? number : throw new ArgumentException(text);
}
