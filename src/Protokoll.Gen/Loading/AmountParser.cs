using System.Globalization;
using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Loading;

/// <summary>
/// Reads an amount in kronor as a secretary writes it: <c>275740</c>, <c>275740.50</c>, <c>"275 740 kr"</c>,
/// <c>"1 000,50 kr"</c>, <c>"275 740:-"</c>. Decimal only: a floating-point value never exists in between.
/// </summary>
public static class AmountParser
{
    /// <summary>Amounts and sums stay below a trillion kronor, far beyond any public budget and far inside decimal's range.</summary>
    public const decimal MaxAmount = 999_999_999_999.99m;

    /// <summary>The result of reading one amount: the value, or the code and message of what is wrong.</summary>
    public readonly record struct Result(decimal? Value, string? Code, string? Message)
    {
        public bool IsValid => Code is null;
    }

    public static Result Parse(string text)
    {
        var s = Normalise(text);
        if (s.Length == 0)
        {
            return Fail(FindingCodes.AmountUnreadable, $"'{text}' is not an amount: write kronor as 275740, 275740.50 or \"275 740 kr\".");
        }

        if (s == "-")
        {
            s = "0";
        }

        var negative = false;
        if (s[0] is '-' or '\u2212')
        {
            negative = true;
            s = s[1..];
        }

        var commas = s.Count(c => c == ',');
        var dots = s.Count(c => c == '.');
        if (commas > 0 && dots > 0)
        {
            return Fail(FindingCodes.AmountUnreadable,
                $"'{text}' mixes ',' and '.': write 1000.50 or \"1 000,50 kr\" (space between thousands, comma before öre).");
        }

        if (commas + dots > 1)
        {
            return Fail(FindingCodes.AmountUnreadable,
                $"'{text}' has more than one decimal mark: separate thousands with spaces, as in \"1 000 000 kr\".");
        }

        s = s.Replace(',', '.');
        foreach (var c in s)
        {
            if (c != '.' && !char.IsAsciiDigit(c))
            {
                return Fail(FindingCodes.AmountUnreadable, $"'{text}' is not an amount: write kronor as 275740, 275740.50 or \"275 740 kr\".");
            }
        }

        var point = s.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = (point < 0 ? s : s[..point]).TrimStart('0').Length;
        var decimals = point < 0 ? 0 : s.Length - point - 1;
        if (point == 0 || decimals == 0 && point > 0)
        {
            return Fail(FindingCodes.AmountUnreadable, $"'{text}' is not an amount: put digits on both sides of the decimal mark.");
        }

        if (integerDigits > 12)
        {
            return Fail(FindingCodes.AmountTooLarge, $"'{text}' is larger than {MaxAmount.ToString("N2", CultureInfo.InvariantCulture)} kr; check the number of digits.");
        }

        if (decimals > 2)
        {
            return Fail(FindingCodes.AmountTooPrecise,
                $"'{text}' has {decimals} decimals; amounts have at most 2 (öre). In Swedish notation the comma marks öre: write a thousand as 1000 or \"1 000 kr\".");
        }

        var value = decimal.Parse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        value = negative ? -value : value;
        return value <= 0
            ? new Result(value, FindingCodes.AmountNotPositive, $"The amount {text.Trim()} is not positive: an amount is what is granted, above zero. Leave the amount out if nothing is granted.")
            : new Result(value, null, null);
    }

    private static Result Fail(string code, string message) => new(null, code, message);

    private static string Normalise(string text)
    {
        var s = text.Trim();
        foreach (var suffix in (ReadOnlySpan<string>)[":-", "kronor", "kr.", "kr", "SEK"])
        {
            if (s.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                s = s[..^suffix.Length].TrimEnd();
                break;
            }
        }

        if (s.StartsWith("SEK", StringComparison.OrdinalIgnoreCase))
        {
            s = s[3..].TrimStart();
        }

        return string.Concat(s.Where(c => c is not (' ' or '\u00A0' or '\u202F' or '\u2009' or '_')));
    }
}
