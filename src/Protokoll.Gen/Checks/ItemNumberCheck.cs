using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Checks;

/// <summary>An item number is used once per meeting, or once per year where § numbers run through the year.</summary>
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
        }
    }
}
