namespace Protokoll.Gen.Rendering.Views;

/// <summary>
/// Which of an item's lists the public edition left empty (<c>item.withholds</c>): the same facts as
/// <see cref="ItemView.WithheldFields"/>, as properties a template can test directly. A template asks this for every
/// part of every item, and a Scriban function call (<c>array.contains</c>) there cost a fifth of the minutes' render.
/// </summary>
public sealed record WithheldPartsView(
    bool Recusals,
    bool Proposals,
    bool Votes,
    bool Reservations,
    bool Notes,
    bool Allocations,
    bool Attachments,
    bool Recipients)
{
    public static WithheldPartsView None { get; } = new(false, false, false, false, false, false, false, false);

    public static WithheldPartsView Of(IReadOnlyCollection<string> fields) => fields.Count == 0
        ? None
        : new(
            fields.Contains("recusals"),
            fields.Contains("proposals"),
            fields.Contains("votes"),
            fields.Contains("reservations"),
            fields.Contains("notes"),
            fields.Contains("allocations"),
            fields.Contains("attachments"),
            fields.Contains("recipients"));
}
