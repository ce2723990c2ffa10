using System.Globalization;
using Protokoll.Gen.Budget;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Git;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Diff;

/// <summary>
/// What a change does to the content: the meetings and items added, changed and removed, every process and stage
/// whose amount moved, and each budget year's figures before and after. Items are matched by their path in the
/// content folder, so a renamed file reads as one removed and one added.
/// </summary>
public sealed record ContentDiff
{
    /// <summary>The revision compared from, as the user named it.</summary>
    public required string BaseRevision { get; init; }

    /// <summary>The revision compared to; null for the working tree.</summary>
    public string? HeadRevision { get; init; }

    /// <summary>The locale the amounts are printed in: the head's protokoll.yml.</summary>
    public required string Locale { get; init; }

    public IReadOnlyList<MeetingDiff> Meetings { get; init; } = [];
    public IReadOnlyList<CellChange> Cells { get; init; } = [];
    public IReadOnlyList<YearChange> Years { get; init; } = [];

    /// <summary>Changes to minutes already adjusted (justerade): errors, since a correction must be an explicit note.</summary>
    public IReadOnlyList<Diagnostics.Finding> AdjustedMinutesChanges { get; init; } = [];

    public bool HasChanges => Meetings.Count > 0 || Cells.Count > 0 || Years.Any(y => y.IsChanged);

    /// <summary>The content at <paramref name="baseRevision"/> against <paramref name="headRevision"/>, or the working tree when null.</summary>
    public static ContentDiff Between(IRevisionReader reader, string workingContentRoot, string baseRevision, string? headRevision)
    {
        using var before = reader.ReadContent(baseRevision);
        using var after = headRevision is null ? null : reader.ReadContent(headRevision);
        return Compute(CheckSuite.Run(before.Root), CheckSuite.Run(after?.Root ?? workingContentRoot), baseRevision, headRevision, reader.ContentPrefix,
            workingContentRoot);
    }

    /// <summary>
    /// The difference of two analysed content folders; <c>contentPrefix</c> makes paths repository-relative, and
    /// <c>displayRoot</c> is where findings about adjusted minutes point (default: the folder of <c>after</c>).
    /// </summary>
    public static ContentDiff Compute(Analysis before, Analysis after, string baseRevision, string? headRevision, string contentPrefix,
        string? displayRoot = null) => new()
    {
        BaseRevision = baseRevision,
        HeadRevision = headRevision,
        Locale = after.Content.Settings.Locale,
        Meetings = CompareMeetings(before.Content, after.Content, contentPrefix),
        Cells = CompareCells(before, after),
        Years = CompareYears(before, after),
        AdjustedMinutesChanges = AdjustedMinutesGuard.Find(before, after, CompareMeetings(before.Content, after.Content, ""), displayRoot ?? after.Content.Root),
    };

    private static List<MeetingDiff> CompareMeetings(ContentSet before, ContentSet after, string prefix)
    {
        var diffs = new List<MeetingDiff>();
        var ids = after.Meetings.Select(m => m.Id).Concat(before.Meetings.Select(m => m.Id)).Distinct();
        foreach (var id in ids)
        {
            var old = before.FindMeeting(id);
            var current = after.FindMeeting(id);
            var kind = old is null ? ChangeKind.Added : current is null ? ChangeKind.Removed : ChangeKind.Changed;
            var fields = old is not null && current is not null ? ChangedKeys(MeetingFields(old), MeetingFields(current)) : [];
            var items = CompareItems(before, old, after, current, prefix);
            if (kind != ChangeKind.Changed || fields.Count > 0 || items.Count > 0)
            {
                diffs.Add(new MeetingDiff(id, kind, fields, items));
            }
        }

        return diffs;
    }

    private static List<ItemDiff> CompareItems(ContentSet before, Meeting? oldMeeting, ContentSet after, Meeting? newMeeting, string prefix)
    {
        var oldItems = (oldMeeting?.Items ?? []).ToDictionary(i => Relative(before.Root, i.File), StringComparer.Ordinal);
        var newItems = (newMeeting?.Items ?? []).ToDictionary(i => Relative(after.Root, i.File), StringComparer.Ordinal);
        var diffs = new List<ItemDiff>();

        // In the head's item order, then the removed items in the base's order: the order the minutes read.
        foreach (var (path, item) in newItems)
        {
            var display = prefix + path;
            if (!oldItems.TryGetValue(path, out var old))
            {
                diffs.Add(new ItemDiff(ChangeKind.Added, display, item.Number?.ToString(), item.Title, [], null, item.TotalAmount));
                continue;
            }

            var fields = ChangedKeys(ItemFields(old, item), ItemFields(item, old));
            if (fields.Count > 0)
            {
                diffs.Add(new ItemDiff(ChangeKind.Changed, display, item.Number?.ToString(), item.Title, fields, old.TotalAmount, item.TotalAmount));
            }
        }

        foreach (var (path, old) in oldItems.Where(pair => !newItems.ContainsKey(pair.Key)))
        {
            diffs.Add(new ItemDiff(ChangeKind.Removed, prefix + path, old.Number?.ToString(), old.Title, [], old.TotalAmount, null));
        }

        return diffs;
    }

    private static List<CellChange> CompareCells(Analysis before, Analysis after)
    {
        var changes = new List<CellChange>();
        foreach (var year in YearsOf(before, after))
        {
            var old = CellsOf(before.Ledger.State(year));
            var current = CellsOf(after.Ledger.State(year));
            foreach (var key in current.Keys.Concat(old.Keys).Distinct())
            {
                var was = old.GetValueOrDefault(key);
                var now = current.GetValueOrDefault(key);
                if (was.Amount != now.Amount)
                {
                    changes.Add(new CellChange(year, key.Process, key.Stage, now.Label ?? was.Label ?? key.Stage, was.Amount, now.Amount));
                }
            }
        }

        return changes;
    }

    private static List<YearChange> CompareYears(Analysis before, Analysis after) =>
        YearsOf(before, after)
            .Select(year => (Year: year, Old: before.Ledger.State(year), New: after.Ledger.State(year)))
            .Select(y => new YearChange(y.Year, y.Old?.Total ?? 0m, y.New?.Total ?? 0m, y.Old?.Reserved ?? 0m, y.New?.Reserved ?? 0m))
            .ToList();

    private static IEnumerable<int> YearsOf(Analysis before, Analysis after) =>
        before.Content.Budgets.Select(b => b.Year).Union(after.Content.Budgets.Select(b => b.Year)).Order();

    private static Dictionary<(string Process, string Stage), (decimal Amount, string? Label)> CellsOf(BudgetState? state)
    {
        var cells = new Dictionary<(string, string), (decimal, string?)>();
        foreach (var row in state?.Processes ?? [])
        {
            foreach (var cell in row.Cells)
            {
                cells[(row.Name, cell.Stage)] = (cell.Amount, state!.Budget.FindStage(cell.Stage)?.Label);
            }
        }

        return cells;
    }

    private static List<string> ChangedKeys(IReadOnlyList<(string Key, string? Value)> old, IReadOnlyList<(string Key, string? Value)> current) =>
        old.Zip(current).Where(pair => pair.First.Value != pair.Second.Value).Select(pair => pair.First.Key).ToList();

    /// <summary>
    /// An item's values by front matter key. The money is compared as process, stage and amount when each side has
    /// at most one allocation (what a reviewer reads), otherwise as the whole <c>allocations</c> list.
    /// </summary>
    private static List<(string, string?)> ItemFields(AgendaItem item, AgendaItem other)
    {
        var fields = new List<(string, string?)>
        {
            ("number", item.Number?.ToString()),
            ("title", item.Title),
            ("type", item.Type.ToString()),
        };
        if (item.Allocations.Count <= 1 && other.Allocations.Count <= 1)
        {
            var single = item.Allocations.Count == 1 ? item.Allocations[0] : null;
            fields.Add(("process", single?.Process));
            fields.Add(("stage", single?.Stage));
            fields.Add(("amount", single?.Amount.ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            fields.Add(("allocations", string.Join("\n", item.Allocations.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Process}|{a.Stage}|{a.Amount}")))));
        }

        fields.AddRange(
        [
            ("outcome", item.Outcome.ToString()),
            ("applicant", item.Applicant),
            ("proposal", item.Proposal),
            ("motives", item.Motives),
            ("decision", item.Decision),
            ("attachments", string.Join("\n", item.Attachments)),
            ("supplement", item.Supplement ? "true" : "false"),
            ("proposals", Lines(item.Proposals.Select(p => $"{p.By}|{p.Kind}|{p.Text}"))),
            ("procedure", Lines(item.Procedure)),
            ("votes", item.Vote is { } vote
                ? string.Create(CultureInfo.InvariantCulture, $"{vote.Question}|{vote.Yes}|{vote.No}|{vote.Abstain}|") + Lines(vote.Voters.Select(v => $"{v.Name}|{v.Choice}"))
                : null),
            ("recusals", Lines(item.Recusals.Select(r => $"{r.Name}|{r.Reason}"))),
            ("reservations", Lines(item.Reservations.Select(r => $"{r.Name}|{r.Reason}|{r.Written}"))),
            ("notes", Lines(item.Notes.Select(n => $"{n.By}|{n.Text}"))),
            ("recipients", Lines(item.Recipients)),
            ("case", item.CaseNumber),
            ("urgent_adjustment", item.UrgentAdjustment ? "true" : "false"),
            ("public", item.IsPublic ? "true" : "false"),
            ("private", Lines(item.PrivateFields)),
            ("body", item.Body),
        ]);
        return fields;
    }

    private static string Lines(IEnumerable<string> lines) => string.Join("\n", lines);

    private static List<(string, string?)> MeetingFields(Meeting meeting) =>
    [
        ("date", meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("title", meeting.Title),
        ("body", meeting.Body),
        ("time", meeting.Time),
        ("place", meeting.Place),
        ("chair", meeting.Chair),
        ("secretary", meeting.Secretary),
        ("adjusters", string.Join("\n", meeting.Adjusters)),
        ("attendees", string.Join("\n", meeting.Attendees.SelectMany(g => g.People.Select(p => $"{g.Group}|{p}")))),
        ("absent", string.Join("\n", meeting.Absent)),
        ("budget", meeting.BudgetYear.ToString(CultureInfo.InvariantCulture)),
    ];

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
}
