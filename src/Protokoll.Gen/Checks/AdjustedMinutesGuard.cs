using System.Globalization;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Diff;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Checks;

/// <summary>
/// Adjusted (justerade) minutes are a signed record: once a meeting's <c>adjustment.status</c> is <c>adjusted</c>,
/// its items may not change. A correction is recorded openly instead, as a new note whose text starts with
/// "Rättelse". Needs two revisions, so it runs in <c>protokoll diff</c> and <c>protokoll check --base</c>.
/// </summary>
public static class AdjustedMinutesGuard
{
    public const string CorrectionPrefix = "Rättelse";

    /// <param name="before">The content at the base revision.</param>
    /// <param name="after">The content now.</param>
    /// <param name="meetings">The meeting and item changes between them, with content-relative paths.</param>
    /// <param name="displayRoot">The folder the findings' paths are shown under (the working content folder).</param>
    public static IReadOnlyList<Finding> Find(Analysis before, Analysis after, IReadOnlyList<MeetingDiff> meetings, string displayRoot)
    {
        var findings = new List<Finding>();
        foreach (var change in meetings)
        {
            if (before.Content.FindMeeting(change.Id) is not { Adjustment: { Status: AdjustmentStatus.Adjusted } adjustment } adjusted)
            {
                continue;
            }

            var current = after.Content.FindMeeting(change.Id);
            var meetingFile = Show(displayRoot, after.Content.Root, current?.File ?? Path.Combine(after.Content.Root, "meetings", change.Id, "meeting.yml"));
            var when = adjustment.Date is { } date ? " on " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
            var intro = $"The minutes of {change.Id} were adjusted (justerade){when} and are a signed record";
            var fix = $"Undo the change and record the correction as a new note instead: notes: - {{ by: <who>, text: \"{CorrectionPrefix}: …\" }}.";
            if (current is null)
            {
                findings.Add(Finding.Error(FindingCodes.AdjustedMinutesChanged, $"{intro}: the meeting was removed. Restore it.", new SourceLocation(meetingFile, 1, 1)));
                continue;
            }

            foreach (var field in change.Fields)
            {
                findings.Add(Finding.Error(FindingCodes.AdjustedMinutesChanged, $"{intro}: '{field}' in meeting.yml changed. {fix}",
                    Relocate(current.Source[field], displayRoot, after.Content.Root)));
            }

            foreach (var item in change.Items)
            {
                var now = current.Items.FirstOrDefault(i => Matches(after.Content.Root, i.File, item.Path));
                var was = adjusted.Items.FirstOrDefault(i => Matches(before.Content.Root, i.File, item.Path));
                if (item.Kind == ChangeKind.Changed && now is not null && was is not null && IsCorrectionOnly(item, was, now))
                {
                    continue;
                }

                var (what, location) = item.Kind switch
                {
                    ChangeKind.Added => ("an item was added", now is null ? new SourceLocation(meetingFile, 1, 1) : Relocate(now.Source.Start, displayRoot, after.Content.Root)),
                    ChangeKind.Removed => ($"item {item.Number} ({item.Title}) was removed", new SourceLocation(meetingFile, 1, 1)),
                    _ => ($"{string.Join(", ", item.Fields.Select(f => $"'{f}'"))} of item {item.Number} changed",
                        now is null ? new SourceLocation(meetingFile, 1, 1) : Relocate(now.Source[item.Fields[0]], displayRoot, after.Content.Root)),
                };
                findings.Add(Finding.Error(FindingCodes.AdjustedMinutesChanged, $"{intro}: {what}. {fix}", location));
            }
        }

        return findings;
    }

    /// <summary>Only notes were added, each one a correction, and none of the earlier notes changed.</summary>
    private static bool IsCorrectionOnly(ItemDiff change, AgendaItem was, AgendaItem now) =>
        change.Fields.SequenceEqual(["notes"])
        && now.Notes.Count > was.Notes.Count
        && was.Notes.Select(n => (n.By, n.Text)).SequenceEqual(now.Notes.Take(was.Notes.Count).Select(n => (n.By, n.Text)))
        && now.Notes.Skip(was.Notes.Count).All(n => n.Text.TrimStart().StartsWith(CorrectionPrefix, StringComparison.OrdinalIgnoreCase));

    private static bool Matches(string root, string file, string relative) =>
        string.Equals(Path.GetRelativePath(root, file).Replace('\\', '/'), relative, StringComparison.Ordinal);

    private static SourceLocation Relocate(SourceLocation location, string displayRoot, string contentRoot) =>
        location with { File = Show(displayRoot, contentRoot, location.File) };

    private static string Show(string displayRoot, string contentRoot, string file) =>
        Path.Combine(displayRoot, Path.GetRelativePath(contentRoot, file));
}
