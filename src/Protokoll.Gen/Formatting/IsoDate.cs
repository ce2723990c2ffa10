using System.Globalization;

namespace Protokoll.Gen.Formatting;

/// <summary>Dates written YYYY-MM-DD, the one form content files use.</summary>
public static class IsoDate
{
    /// <summary>
    /// Reads <paramref name="text"/> exactly as <c>DateOnly.TryParseExact(text, "yyyy-MM-dd", InvariantCulture)</c>
    /// does. The usual ten digits and dashes are read directly: the general parser compared the pattern's parts
    /// through the culture's collation, over 1 % of a build's thread time.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text[..4], out var year) && Digits(text.Slice(5, 2), out var month) && Digits(text.Slice(8, 2), out var day))
        {
            var valid = year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
            date = valid ? new DateOnly(year, month, day) : default;
            return valid;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
