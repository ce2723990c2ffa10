using Protokoll.Gen.Model;

namespace Protokoll.Gen.Authoring;

/// <summary>Where a new item goes: the next free number after the highest in its meeting, or in its year.</summary>
public static class ItemPlacement
{
    public static ItemNumber NextNumber(ContentSet content, Meeting meeting)
    {
        var scope = content.Settings.Numbering == NumberingMode.PerYear
            ? content.Meetings.Where(m => m.Date.Year == meeting.Date.Year)
            : [meeting];
        var highest = scope.SelectMany(m => m.Items).Select(i => i.Number?.Value ?? 0).DefaultIfEmpty(0).Max();
        return new ItemNumber(highest + 1, "");
    }
}
