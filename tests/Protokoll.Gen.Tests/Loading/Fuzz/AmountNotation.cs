using System.Globalization;

namespace Protokoll.Gen.Tests.Loading.Fuzz;

/// <summary>The ways a secretary writes an amount in a YAML file, each a function from öre to the text in the file.</summary>
internal static class AmountNotation
{
    public static IReadOnlyList<(string Name, Func<long, string?> Write)> All { get; } =
    [
        ("plain 275740", ore => ore % 100 == 0 ? Kronor(ore) : null),
        ("dot 275740.5", ore => ore % 10 == 0 && ore % 100 != 0 ? $"{Kronor(ore)}.{ore % 100 / 10}" : null),
        ("dot 275740.50", ore => $"{Kronor(ore)}.{ore % 100:00}"),
        ("quoted \"275 740 kr\"", ore => ore % 100 == 0 ? $"\"{Grouped(ore, ' ')} kr\"" : null),
        ("quoted \"1 000,50 kr\"", ore => $"\"{Grouped(ore, ' ')},{ore % 100:00} kr\""),
        ("no-break spaces \"1 000,50 kr\"", ore => $"\"{Grouped(ore, '\u00A0')},{ore % 100:00}\u00A0kr\""),
        ("\"275 740:-\"", ore => ore % 100 == 0 ? $"\"{Grouped(ore, ' ')}:-\"" : null),
        ("\"SEK 275740.50\"", ore => $"\"SEK {Kronor(ore)}.{ore % 100:00}\""),
    ];

    private static string Kronor(long ore) => (ore / 100).ToString(CultureInfo.InvariantCulture);

    private static string Grouped(long ore, char separator)
    {
        var digits = Kronor(ore);
        return string.Concat(digits.Select((c, i) => i > 0 && (digits.Length - i) % 3 == 0 ? $"{separator}{c}" : c.ToString()));
    }
}
