namespace Protokoll.Gen.Diff;

/// <summary>
/// One item added, changed or removed. <see cref="Path"/> is repository-relative; <see cref="Fields"/> names the
/// front matter keys that changed (and "body" for the text after it), in the format's key order.
/// </summary>
public sealed record ItemDiff(ChangeKind Kind, string Path, string? Number, string Title, IReadOnlyList<string> Fields,
    decimal? AmountBefore, decimal? AmountAfter);
