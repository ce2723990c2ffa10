namespace Protokoll.Gen.Rendering.Views;

/// <summary>
/// The whole site as templates see it (<c>site</c>): organisation, meetings newest first, budgets by year, and the
/// edition ("internal" or "public").
/// </summary>
public sealed record SiteView(
    string Organisation,
    string Body,
    string Locale,
    string Language,
    string Numbering,
    IReadOnlyList<MeetingView> Meetings,
    IReadOnlyList<BudgetView> Budgets,
    string Generator,
    string Edition);
