using Protokoll.Gen.Rendering.Html;

namespace Protokoll.Gen.Rendering.Views;

/// <summary>
/// One agenda item as templates see it (<c>item</c>). Markdown fields are already rendered and sanitized
/// (<see cref="HtmlFragment"/>); <see cref="Budget"/> is the budget table right after this item, when it moves money.
/// In the public edition a withheld item (<see cref="Withheld"/>) keeps only its number and a secrecy marker, and a
/// private field holds the marker instead of its value (a list is empty and named in <see cref="WithheldFields"/>),
/// so no template can print what the edition leaves out.
/// </summary>
public sealed record ItemView(
    string Number,
    string Slug,
    string Heading,
    string Anchor,
    string Title,
    string Type,
    string TypeText,
    string Outcome,
    string OutcomeText,
    string? Applicant,
    HtmlFragment Proposal,
    HtmlFragment Motives,
    HtmlFragment Decision,
    HtmlFragment Content,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<AllocationView> Allocations,
    decimal? Amount,
    string? AmountText,
    BudgetView? Budget,
    string Source,
    int SourceLine,
    string? CaseNumber,
    IReadOnlyList<MemberProposalView> Proposals,
    HtmlFragment Procedure,
    VoteView? Vote,
    IReadOnlyList<RecusalView> Recusals,
    IReadOnlyList<ReservationView> Reservations,
    IReadOnlyList<NoteView> Notes,
    IReadOnlyList<string> Recipients,
    bool UrgentAdjustment,
    bool Withheld,
    IReadOnlyList<string> WithheldFields)
{
    public WithheldPartsView Withholds { get; } = WithheldPartsView.Of(WithheldFields);
}
