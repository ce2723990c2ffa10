namespace Protokoll.Gen.Model;

/// <summary>
/// A set of item numbers as written for partial attendance: "1-10", "1–10" (en dash), "1-4, 6", "12-17a". A range
/// includes everything that sorts between its ends, so "1-10" includes 5a (discussed between 5 and 6) but not 10a
/// (discussed after 10, when the person had left).
/// </summary>
public sealed class ItemSelection
{
    private readonly IReadOnlyList<(ItemNumber From, ItemNumber To)> _ranges;

    private ItemSelection(IReadOnlyList<(ItemNumber From, ItemNumber To)> ranges) => _ranges = ranges;

    public bool Contains(ItemNumber number) => _ranges.Any(r => number >= r.From && number <= r.To);

    public static bool TryParse(string text, out ItemSelection selection)
    {
        selection = new ItemSelection([]);
        var ranges = new List<(ItemNumber, ItemNumber)>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var ends = part.Split(['-', '\u2013', '\u2014'], StringSplitOptions.TrimEntries);
            if (ends.Length is < 1 or > 2
                || !ItemNumber.TryParse(ends[0], out var from)
                || !ItemNumber.TryParse(ends[^1], out var to)
                || from.Value == 0
                || to < from)
            {
                return false;
            }

            ranges.Add((from, to));
        }

        selection = new ItemSelection(ranges);
        return true;
    }
}
