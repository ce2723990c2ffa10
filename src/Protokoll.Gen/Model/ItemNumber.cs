using System.Globalization;

namespace Protokoll.Gen.Model;

/// <summary>
/// An item's § number: a positive whole number with an optional letter for an item inserted late
/// ("17 a" sorts after 17 and before 18, without renumbering).
/// </summary>
public readonly record struct ItemNumber(int Value, string Suffix) : IComparable<ItemNumber>
{
    public int CompareTo(ItemNumber other)
    {
        var byValue = Value.CompareTo(other.Value);
        return byValue != 0 ? byValue : string.CompareOrdinal(Suffix, other.Suffix);
    }

    /// <summary>The number as printed: "17" or "17 a".</summary>
    public override string ToString() =>
        Suffix.Length == 0 ? Value.ToString(CultureInfo.InvariantCulture) : $"{Value.ToString(CultureInfo.InvariantCulture)} {Suffix}";

    /// <summary>The number as used in file names and anchors: "17" or "17a".</summary>
    public string Slug => Value.ToString(CultureInfo.InvariantCulture) + Suffix;

    public static bool TryParse(string text, out ItemNumber number)
    {
        number = default;
        var trimmed = text.Trim();
        var digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits > 9)
        {
            return false;
        }

        var suffix = trimmed[digits..].Trim();
        if (suffix.Length > 1 || (suffix.Length == 1 && !char.IsAsciiLetterLower(char.ToLowerInvariant(suffix[0]))))
        {
            return false;
        }

        number = new ItemNumber(int.Parse(trimmed[..digits], NumberStyles.None, CultureInfo.InvariantCulture), suffix.ToLowerInvariant());
        return true;
    }

    public static bool operator <(ItemNumber left, ItemNumber right) => left.CompareTo(right) < 0;
    public static bool operator >(ItemNumber left, ItemNumber right) => left.CompareTo(right) > 0;
    public static bool operator <=(ItemNumber left, ItemNumber right) => left.CompareTo(right) <= 0;
    public static bool operator >=(ItemNumber left, ItemNumber right) => left.CompareTo(right) >= 0;
}
