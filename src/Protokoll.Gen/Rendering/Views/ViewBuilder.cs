using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Protokoll.Gen.Budget;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Deadlines;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Model;
using Protokoll.Gen.Rendering.Charts;
using Protokoll.Gen.Rendering.Html;
using Protokoll.Gen.Rendering.Budget;

namespace Protokoll.Gen.Rendering.Views;

/// <summary>
/// Turns a checked content folder into the views templates read. Markdown is rendered once per item (in
/// parallel) and shared by the minutes, the notice and the extract; every figure comes from the ledger.
/// The edition is applied here, not in the templates: what the public edition leaves out never reaches a view.
/// </summary>
public sealed partial class ViewBuilder(Analysis analysis, Labels labels, Publication publication)
{
    /// <summary>The item keys that move money: withholding any of them withholds the item's amounts.</summary>
    private static readonly string[] MoneyFields = ["amount", "process", "stage", "allocations"];

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
            $"Protokoll.Gen {typeof(ViewBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]}",
            publication.Edition.ToString().ToLowerInvariant());
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
            () => state.Entries.Select(e => Entry(e, stageLabels)).ToArray(),
            () => BudgetChart.Render(state, labels));
    }

    private EntryView Entry(LedgerEntry entry, Dictionary<string, string> stageLabels) =>
        _entries.GetOrAdd(entry, e => new EntryView(
            e.Process,
            stageLabels.GetValueOrDefault(e.Stage, e.Stage),
            Money(e.Amount),
            e.Meeting?.Id,
            e.Item?.Number?.ToString(),
            EntrySource(e)));

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
            Relative(meeting.File),
            new AdjustmentView(
                meeting.Adjustment?.Place,
                meeting.Adjustment?.Date is { } adjusted ? DateFormatter.Iso(adjusted) : null,
                meeting.Adjustment?.Date is { } adjustedText ? DateFormatter.Long(adjustedText, _locale) : null,
                meeting.Adjustment?.AdjustedOn is not null),
            BuildNotice(meeting));
    }

    /// <summary>
    /// The anslag stays up until the appeal period has run (KL 8 kap 12 §): through its last day, three weeks after it
    /// went up (13 kap 5 §), moved off a weekend or holiday by lag (1930:173) as the period itself is.
    /// </summary>
    private NoticeView BuildNotice(Meeting meeting)
    {
        var archive = meeting.Archive ?? analysis.Content.Settings.Archive;
        if (meeting.Notice?.Date is not { } posted)
        {
            return new NoticeView(null, null, null, null, archive);
        }

        var down = DeadlineRules.AppealEnds(posted).Date;
        return new NoticeView(DateFormatter.Iso(posted), DateFormatter.Long(posted, _locale), DateFormatter.Iso(down), DateFormatter.Long(down, _locale), archive);
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
        var heading = analysis.Content.Settings.Numbering == NumberingMode.PerYear ? $"§ {number}" : $"{number}.";
        if (publication.Withholds(item))
        {
            return WithheldItem(number, slug, heading, anchor);
        }

        bool Hides(string field) => publication.Withholds(item, field);
        var marker = labels["withheld_marker"];
        var markerHtml = new HtmlFragment($"<p class=\"withheld\">{Templates.EscapingTemplateContext.Escape(marker)}</p>");
        HtmlFragment Markdown(string field, string? text, int level, string idPrefix) =>
            Hides(field) ? markerHtml : MarkdownRenderer.Render(text, level, idPrefix);
        T Unless<T>(string field, T value, T withheld) => Hides(field) ? withheld : value;

        var hidesMoney = MoneyFields.Any(Hides);
        var state = !hidesMoney && item.Allocations.Count > 0 && item.Reserves ? analysis.Ledger.StateAfter(meeting, item) : null;
        var type = item.Type.ToString().ToLowerInvariant();
        var outcome = item.Outcome.ToString().ToLowerInvariant();
        var namesFile = publication.NamesFileOf(item);
        var withheldFields = item.PrivateFields.Where(Hides).ToList();
        if (hidesMoney && !withheldFields.Contains("allocations", StringComparer.Ordinal))
        {
            withheldFields.Add("allocations");
        }

        return new ItemView(
            number,
            slug,
            heading,
            anchor,
            Unless("title", item.Title, marker),
            Unless("type", type, ""),
            Unless("type", labels[$"type_{type}"], marker),
            Unless("outcome", outcome, ""),
            Unless("outcome", labels[$"outcome_{outcome}"], marker),
            item.Applicant is null ? null : Unless("applicant", item.Applicant, marker),
            Markdown("proposal", item.Proposal, 4, anchor + "-proposal-"),
            Markdown("motives", item.Motives, 4, anchor + "-motives-"),
            Markdown("decision", item.Decision, 4, anchor + "-decision-"),
            Hides("body") && !string.IsNullOrWhiteSpace(item.Body) ? markerHtml : MarkdownRenderer.Render(item.Body, 3, anchor + "-"),
            Unless("attachments", item.Attachments, []),
            hidesMoney ? [] : item.Allocations.Select(a => new AllocationView(
                a.Process,
                a.Stage,
                budget?.FindStage(budget.ResolveStage(a.Stage) ?? "")?.Label,
                a.Amount,
                Money(a.Amount),
                namesFile ? Source(a.Source["amount"]) : marker)).ToArray(),
            hidesMoney ? null : item.TotalAmount,
            hidesMoney ? null : item.TotalAmount is { } total ? Money(total) : null,
            state is null ? null : BuildBudget(state),
            namesFile ? Relative(item.File) : marker,
            namesFile ? item.Source.Start.Line : 0,
            item.CaseNumber is null ? null : Unless("case", item.CaseNumber, marker),
            Unless("proposals", item.Proposals.Select((p, i) => BuildProposal(p, $"{anchor}-yrkande-{i + 1}-")).ToArray(), []),
            Markdown("procedure", string.Join("\n\n", item.Procedure), 4, anchor + "-procedure-"),
            item.Vote is null || Hides("votes") ? null : BuildVote(item.Vote),
            Unless("recusals", item.Recusals.Select(r => new RecusalView(r.Name, r.Reason, Format("recusal_line", r.Name))).ToArray(), []),
            Unless("reservations", item.Reservations.Select(BuildReservation).ToArray(), []),
            Unless("notes", item.Notes.Select((n, i) => new NoteView(n.By, MarkdownRenderer.RenderInline(n.Text, $"{anchor}-note-{i + 1}-"))).ToArray(), []),
            Unless("recipients", item.Recipients, []),
            !Hides("urgent_adjustment") && item.UrgentAdjustment,
            false,
            withheldFields);
    }

    /// <summary>An item the public edition leaves out: its number stays, so the sequence has no holes, and a marker says why.</summary>
    private ItemView WithheldItem(string number, string slug, string heading, string anchor) =>
        new(number, slug, heading, anchor, labels["withheld_title"], "", "", "", "", null,
            HtmlFragment.Empty, HtmlFragment.Empty, HtmlFragment.Empty,
            new HtmlFragment($"<p class=\"withheld\">{Templates.EscapingTemplateContext.Escape(labels["withheld_item"])}</p>"),
            [], [], null, null, null, labels["withheld_marker"], 0,
            null, [], HtmlFragment.Empty, null, [], [], [], [], false, true, []);

    private MemberProposalView BuildProposal(MemberProposal proposal, string idPrefix) =>
        new(proposal.By,
            proposal.Kind,
            proposal.Kind is null ? null : labels[$"proposal_kind_{KindKey(proposal.Kind)}"],
            MarkdownRenderer.RenderInline(proposal.Text, idPrefix));

    /// <summary>Label keys are ASCII so templates can write <c>labels.proposal_kind_aterremiss</c>.</summary>
    private static string KindKey(string kind) =>
        kind.Replace('ä', 'a').Replace('å', 'a').Replace('ö', 'o');

    private VoteView BuildVote(Vote vote) =>
        new(vote.Question,
            vote.Named,
            vote.Voters.Select(v => new VoterView(v.Name, v.Choice.ToString().ToLowerInvariant(), labels[$"vote_{v.Choice.ToString().ToLowerInvariant()}"])).ToArray(),
            vote.Yes,
            vote.No,
            vote.Abstain,
            string.Format(CultureInfo.InvariantCulture, labels["vote_result"], vote.Yes, vote.No, vote.Abstain));

    /// <summary>
    /// "X reserverar sig mot beslutet." A reason that says in whose favour ("Till förmån för eget yrkande.") runs on
    /// in the same sentence, as minutes write it; any other reason follows as its own sentence.
    /// </summary>
    private ReservationView BuildReservation(Reservation reservation)
    {
        var line = Format("reservation_line", reservation.Name);
        var reason = reservation.Reason?.Trim();
        var text = string.IsNullOrEmpty(reason)
            ? line + "."
            : reason.StartsWith(labels["reservation_in_favour"], StringComparison.OrdinalIgnoreCase)
                ? $"{line} {char.ToLower(reason[0], CultureInfo.InvariantCulture)}{reason[1..].TrimEnd('.')}."
                : $"{line}. {reason}";
        return new ReservationView(reservation.Name, reservation.Reason, reservation.Written, text, reservation.Written ? labels["reservation_written"] : null);
    }

    private string Format(string label, string value) => string.Format(CultureInfo.InvariantCulture, labels[label], value);

    /// <summary>Where a ledger figure was written, unless the edition may not name the item's file.</summary>
    private string EntrySource(LedgerEntry entry) =>
        publication.NamesFileOf(entry.Item) ? Source(entry.Origin) : labels["withheld_marker"];

    private string Money(decimal amount) => MoneyFormatter.Format(amount, _locale);

    private string Relative(string file) => BudgetReport.RelativePath(_root, file);

    private string Source(Diagnostics.SourceLocation location) =>
        string.Create(CultureInfo.InvariantCulture, $"{Relative(location.File)}:{location.Line}");

    [GeneratedRegex(@"^\s*([0-9]+)\s*[-–]\s*([0-9]+)\s*$")]
    private static partial Regex ItemRange();
}
