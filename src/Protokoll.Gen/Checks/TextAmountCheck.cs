using System.Globalization;
using System.Text.RegularExpressions;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Formatting;

namespace Protokoll.Gen.Checks;

/// <summary>
/// An amount in kronor written in the proposal or decision ("budget (275 740 kr)") must be the item's amount
/// (or one of its allocations): a warning, since the text is what the body actually decides.
/// </summary>
public sealed partial class TextAmountCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var locale = context.Content.Settings.Locale;
        foreach (var item in context.Content.Meetings.SelectMany(m => m.Items))
        {
            var allowed = item.Allocations.Select(a => a.Amount).Append(item.TotalAmount ?? -1m).ToHashSet();
            foreach (var (key, text) in new[] { ("proposal", item.Proposal), ("decision", item.Decision) })
            {
                if (text is null)
                {
                    continue;
                }

                foreach (var written in AmountsIn(text))
                {
                    if (allowed.Contains(written.Value))
                    {
                        continue;
                    }

                    var message = item.TotalAmount is { } amount
                        ? $"The {key} says {written.Text} but the item's amount is {Plain(amount, locale)}: correct the one that is wrong."
                        : $"The {key} says {written.Text} but the item has no amount: add 'amount:' (with 'process:' and 'stage:') so the budget counts it, or remove the figure from the text.";
                    yield return Finding.Warning(FindingCodes.TextAmountMismatch, message, item.Source[key]);
                }
            }
        }
    }

    /// <summary>Every figure followed by kr/kronor/SEK/:- in a text, read as kronor.</summary>
    public static IEnumerable<(decimal Value, string Text)> AmountsIn(string text)
    {
        foreach (Match match in KronorPattern().Matches(text))
        {
            var digits = match.Groups["int"].Value.Where(char.IsAsciiDigit).ToArray();
            var ore = match.Groups["ore"].Success ? match.Groups["ore"].Value : "00";
            if (digits.Length is > 0 and <= 12)
            {
                yield return (decimal.Parse(new string(digits) + "." + ore, CultureInfo.InvariantCulture), match.Value.Trim());
            }
        }
    }

    private static string Plain(decimal amount, string locale) =>
        MoneyFormatter.FormatShort(amount, locale).Replace(MoneyFormatter.NoBreakSpace, ' ');

    [GeneratedRegex(@"(?<![0-9,.])(?<int>[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3})+|[0-9]+)(?:,(?<ore>[0-9]{2}))?[ \u00A0]*(?:kr\b|kronor\b|SEK\b|:-)", RegexOptions.CultureInvariant)]
    private static partial Regex KronorPattern();
}
