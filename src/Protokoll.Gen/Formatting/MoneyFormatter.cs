using System.Globalization;
using System.Text;

namespace Protokoll.Gen.Formatting;

/// <summary>
/// Formats kronor the way the locale's minutes print them, independent of the machine's culture settings:
/// sv-SE "1 000 000,00 kr" with no-break spaces (an amount never wraps) and "- kr" for zero, as the seed does;
/// en-GB "SEK 1,000,000.00".
/// </summary>
public static class MoneyFormatter
{
    public const char NoBreakSpace = '\u00A0';

    public static string Format(decimal amount, string locale)
    {
        var english = string.Equals(locale, "en-GB", StringComparison.Ordinal);
        if (amount == 0)
        {
            return english ? $"SEK{NoBreakSpace}-" : $"-{NoBreakSpace}kr";
        }

        var digits = Math.Abs(amount).ToString("0.00", CultureInfo.InvariantCulture);
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var builder = new StringBuilder(digits.Length + 8);
        if (amount < 0)
        {
            builder.Append('-');
        }

        if (english)
        {
            builder.Append("SEK").Append(NoBreakSpace);
        }

        var groupSeparator = english ? ',' : NoBreakSpace;
        for (var i = 0; i < point; i++)
        {
            if (i > 0 && (point - i) % 3 == 0)
            {
                builder.Append(groupSeparator);
            }

            builder.Append(digits[i]);
        }

        builder.Append(english ? '.' : ',').Append(digits, point + 1, 2);
        if (!english)
        {
            builder.Append(NoBreakSpace).Append("kr");
        }

        return builder.ToString();
    }

    /// <summary>A whole-kronor figure as running text writes it ("275 740 kr"), öre only when there are any.</summary>
    public static string FormatShort(decimal amount, string locale)
    {
        var full = Format(amount, locale);
        return decimal.Truncate(amount) == amount && amount != 0
            ? full.Replace(string.Equals(locale, "en-GB", StringComparison.Ordinal) ? ".00" : ",00", "", StringComparison.Ordinal)
            : full;
    }
}
