using System.Globalization;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Checks;

/// <summary>
/// An item number is used once per meeting, or once per year where § numbers run through the year; there they also
/// run without gaps across the year's meetings (a warning naming the missing numbers). A late item (17a) is no gap.
/// </summary>
public sealed class ItemNumberCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var perYear = context.Content.Settings.Numbering == NumberingMode.PerYear;
        var scopes = perYear
            ? context.Content.Meetings.GroupBy(m => m.Date.Year).Select(g => (Scope: $"in {g.Key}", Meetings: g.ToArray()))
            : context.Content.Meetings.Select(m => (Scope: "in this meeting", Meetings: new[] { m }));
        foreach (var (scope, meetings) in scopes)
        {
            var first = new Dictionary<ItemNumber, AgendaItem>();
            foreach (var item in meetings.SelectMany(m => m.Items))
            {
                if (item.Number is not { } number)
                {
                    continue;
                }

                if (first.TryGetValue(number, out var earlier))
                {
                    yield return Finding.Error(FindingCodes.NumberDuplicate,
                        $"Item number {number} is used twice {scope}: also by {Path.GetFileName(earlier.File)} (line {earlier.Source["number"].Line}). Give this item the next free number, or {number.Value}a if it was added late.",
                        item.Source["number"]);
                }
                else
                {
                    first[number] = item;
                }
            }

            if (perYear)
            {
                foreach (var gap in Gaps(scope, meetings))
                {
                    yield return gap;
                }
            }
        }
    }

    /// <summary>
    /// Missing whole numbers between the lowest and highest of the year, each run of them reported at the item that
    /// follows it. The count starts at the lowest number kept, so a folder that begins mid-year raises no warning.
    /// </summary>
    private static IEnumerable<Finding> Gaps(string scope, IReadOnlyList<Meeting> meetings)
    {
        var items = meetings.SelectMany(m => m.Items).Where(i => i.Number is not null).ToArray();
        var values = items.Select(i => i.Number!.Value.Value).Distinct().Order().ToArray();
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] == values[i - 1] + 1)
            {
                continue;
            }

            var from = values[i - 1] + 1;
            var to = values[i] - 1;
            var missing = from == to ? $"§ {Number(from)} is" : $"§§ {Number(from)}–{Number(to)} are";
            var next = items.Where(item => item.Number!.Value.Value == values[i]).MinBy(item => item.Number!.Value)!;
            yield return Finding.Warning(FindingCodes.NumberGap,
                $"{missing} missing {scope}: the numbers go from {Number(values[i - 1])} to {Number(values[i])} here. With 'numbering: per-year' § numbers run on through the year across meetings: renumber this item (and those after it) from {Number(from)}, or add the missing item. An item added late takes a letter (such as {Number(values[i - 1])}a) and leaves no gap.",
                next.Source["number"]);
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
