using Protokoll.Gen.Model;

namespace Protokoll.Gen.Rendering;

/// <summary>
/// What an edition may show of an item. Every view and every budget report asks this one place, so the public
/// edition is decided before any template runs: an overriding template can only print what the views hold.
/// </summary>
public sealed class Publication(Edition edition)
{
    public static Publication Internal { get; } = new(Edition.Internal);

    public Edition Edition { get; } = edition;

    public bool IsPublic => Edition == Edition.Public;

    /// <summary>Whether the whole item is left out (only its § number and a secrecy marker remain).</summary>
    public bool Withholds(AgendaItem item) => IsPublic && !item.IsPublic;

    /// <summary>Whether a field (an item key, or <c>body</c>) is left out of this edition.</summary>
    public bool Withholds(AgendaItem item, string field) =>
        IsPublic && (!item.IsPublic || item.PrivateFields.Contains(field, StringComparer.Ordinal));

    /// <summary>
    /// Whether the item's file may be named. Authors name files after the title ("14-personalfraga.md"), and a
    /// private field may be in it too, so the public edition names no file of an item it does not show whole.
    /// </summary>
    public bool NamesFileOf(AgendaItem? item) => item is null || !IsPublic || (item.IsPublic && item.PrivateFields.Count == 0);
}
