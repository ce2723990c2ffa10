using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Protokoll.Gen.Budget;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Model;
using Protokoll.Gen.Rendering.Charts;
using Protokoll.Gen.Rendering.Html;
using Protokoll.Gen.Rendering.Budget;

namespace Protokoll.Gen.Rendering.Views;

/// <summary>
/// Turns a checked content folder into the views templates read. Markdown is rendered once per item (in
/// parallel) and shared by the minutes, the notice and the extract; every figure comes from the ledger.
/// </summary>
public sealed partial class ViewBuilder(Analysis analysis, Labels labels)
{
    private readonly string _root = analysis.Content.Root;
    private readonly string _locale = labels.Locale;

    // A build shows the budget table after every funded item, and each of those tables lists the year's entries so
    // far: the same entry appears in hundreds of tables. Its view is built once and shared (views are immutable).
    private readonly ConcurrentDictionary<LedgerEntry, EntryView> _entries = new(ReferenceEqualityComparer.Instance);

    public SiteView Build()
    {
        var content = analysis.Content;
        var meetings = new MeetingView[content.Meetings.Count];
        Parallel.For(0, meetings.Length, i => meetings[i] = BuildMeeting(content.Meetings[i]));
        var budgets = content.Budgets.Select(b => BuildBudget(analysis.Ledger.State(b.Year)!)).ToArray();
        return new SiteView(
            content.Settings.Organisation,
            content.Settings.Body,
            _locale,
            labels["language"],
            content.Settings.Numbering == NumberingMode.PerYear ? "per-year" : "per-meeting",
            meetings.Reverse().ToArray(),
            budgets,
            $"Protokoll.Gen {typeof(ViewBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]}");
    }

    public BudgetView BuildBudget(BudgetState state)
    {
        var stageLabels = state.Budget.Stages.ToDictionary(s => s.Key, s => s.Label, StringComparer.Ordinal);
        return new BudgetView(
            state.Year,
            state.Title,
            BudgetReport.SummaryCells(state, labels)[0].Label,
            state.Total,
            state.Reserved,
            state.Remaining,
            Money(state.Total),
            Money(state.Reserved),
            Money(state.Remaining),
            state.Stages.Select(s => new StageView(s.Key, s.Label, s.Total, Money(s.Total))).ToArray(),
            state.Processes.Select(p => new ProcessView(
                p.Name,
                p.Owner,
                p.Cells.Select(c => new CellView(c.Stage, c.Amount, Money(c.Amount), c.Entries.Select(e => Entry(e, stageLabels).Source).ToArray())).ToArray(),
                p.Total,
                Money(p.Total))).ToArray(),
            state.Entries.Select(e => Entry(e, stageLabels)).ToArray(),
            BudgetChart.Render(state, labels));
    }

    private EntryView Entry(LedgerEntry entry, Dictionary<string, string> stageLabels) =>
        _entries.GetOrAdd(entry, e => new EntryView(
            e.Process,
            stageLabels.GetValueOrDefault(e.Stage, e.Stage),
            Money(e.Amount),
            e.Meeting?.Id,
            e.Item?.Number?.ToString(),
            Source(e.Origin)));

    private MeetingView BuildMeeting(Meeting meeting)
    {
        var budget = analysis.Content.BudgetFor(meeting.BudgetYear);
        var items = meeting.Items.Select(item => BuildItem(meeting, item, budget)).ToArray();
        var stateAfterMeeting = items.Any(i => i.Allocations.Count > 0) ? analysis.Ledger.StateAsOf(meeting) : null;
        return new MeetingView(
            meeting.Id,
            DateFormatter.Iso(meeting.Date),
            DateFormatter.Long(meeting.Date, _locale),
            meeting.Title,
            meeting.Body ?? analysis.Content.Settings.Body,
            meeting.Time,
            meeting.Place,
            meeting.Chair,
            meeting.Secretary,
            meeting.Adjusters,
            meeting.Attendees.Select(g => new AttendanceGroupView(g.Group, g.People.Select(BuildPerson).ToArray())).ToArray(),
            meeting.Absent,
            items,
            stateAfterMeeting is null ? null : BuildBudget(stateAfterMeeting),
            Relative(meeting.File));
    }

    private PersonView BuildPerson(Attendee person) =>
        new(person.Name, person.Organisation, person.Role, ItemsText(person.Items), person.Remote);

    private string? ItemsText(string? items)
    {
        if (string.IsNullOrWhiteSpace(items))
        {
            return null;
        }

        var range = ItemRange().Match(items);
        return range.Success
            ? string.Format(CultureInfo.InvariantCulture, labels["items_partial"], range.Groups[1].Value, range.Groups[2].Value)
            : $"{labels["items_some"]} {items.Trim()}";
    }

    private ItemView BuildItem(Meeting meeting, AgendaItem item, BudgetFrame? budget)
    {
        var number = item.Number?.ToString() ?? "";
        var slug = item.Number?.Slug ?? "";
        var anchor = $"p{slug}";
        var perYear = analysis.Content.Settings.Numbering == NumberingMode.PerYear;
        var state = item.Allocations.Count > 0 && item.Reserves ? analysis.Ledger.StateAfter(meeting, item) : null;
        return new ItemView(
            number,
            slug,
            perYear ? $"§ {number}" : $"{number}.",
            anchor,
            item.Title,
            item.Type.ToString().ToLowerInvariant(),
            labels[$"type_{item.Type.ToString().ToLowerInvariant()}"],
            item.Outcome.ToString().ToLowerInvariant(),
            labels[$"outcome_{item.Outcome.ToString().ToLowerInvariant()}"],
            item.Applicant,
            MarkdownRenderer.Render(item.Proposal, 4, anchor + "-proposal-"),
            MarkdownRenderer.Render(item.Motives, 4, anchor + "-motives-"),
            MarkdownRenderer.Render(item.Decision, 4, anchor + "-decision-"),
            MarkdownRenderer.Render(item.Body, 3, anchor + "-"),
            item.Attachments,
            item.Allocations.Select(a => new AllocationView(
                a.Process,
                a.Stage,
                budget?.FindStage(budget.ResolveStage(a.Stage) ?? "")?.Label,
                a.Amount,
                Money(a.Amount),
                Source(a.Source["amount"]))).ToArray(),
            item.TotalAmount,
            item.TotalAmount is { } total ? Money(total) : null,
            state is null ? null : BuildBudget(state),
            Relative(item.File),
            item.Source.Start.Line);
    }

    private string Money(decimal amount) => MoneyFormatter.Format(amount, _locale);

    private string Relative(string file) => BudgetReport.RelativePath(_root, file);

    private string Source(Diagnostics.SourceLocation location) =>
        string.Create(CultureInfo.InvariantCulture, $"{Relative(location.File)}:{location.Line}");

    [GeneratedRegex(@"^\s*(\d+)\s*[-–]\s*(\d+)\s*$")]
    private static partial Regex ItemRange();
}
