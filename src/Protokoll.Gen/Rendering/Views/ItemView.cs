using Protokoll.Gen.Rendering.Html;

namespace Protokoll.Gen.Rendering.Views;

/// <summary>
/// One agenda item as templates see it (<c>item</c>). Markdown fields are already rendered and sanitized
/// (<see cref="HtmlFragment"/>); <see cref="Budget"/> is the budget table right after this item, when it moves money.
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
    int SourceLine);
