using System.Globalization;
using System.Text;

namespace Protokoll.Gen.Bench.Corpus;

/// <summary>Amounts in kronor: invariant in YAML, Swedish ("275 740 kr", "48 312,75 kr") in text.</summary>
internal static class Money
{
    public static string Yaml(decimal amount) =>
        amount == decimal.Truncate(amount)
            ? amount.ToString("0", CultureInfo.InvariantCulture)
            : amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Swedish grouping with an ordinary space (as in the organisation's own minutes) and a decimal comma.</summary>
    public static string Swedish(decimal amount)
    {
        var whole = decimal.Truncate(amount).ToString("0", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
            {
                sb.Append(' ');
            }

            sb.Append(whole[i]);
        }

        if (amount != decimal.Truncate(amount))
        {
            sb.Append(',').Append(((amount - decimal.Truncate(amount)) * 100m).ToString("00", CultureInfo.InvariantCulture));
        }

        return sb.Append(" kr").ToString();
    }
}
