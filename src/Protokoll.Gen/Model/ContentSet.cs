namespace Protokoll.Gen.Model;

/// <summary>
/// A whole content folder as one model: what every check and every renderer reads.
/// Meetings are in date order (then id), budgets in year order.
/// </summary>
public sealed record ContentSet
{
    public required string Root { get; init; }
    public required ProtokollSettings Settings { get; init; }
    public IReadOnlyList<BudgetFrame> Budgets { get; init; } = [];
    public IReadOnlyList<Meeting> Meetings { get; init; } = [];

    public BudgetFrame? BudgetFor(int year) => Budgets.FirstOrDefault(b => b.Year == year);

    public Meeting? FindMeeting(string id) =>
        Meetings.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));
}
