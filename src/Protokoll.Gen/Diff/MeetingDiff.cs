namespace Protokoll.Gen.Diff;

/// <summary>A meeting with changes: itself added or removed, or fields of its meeting.yml and items changed.</summary>
public sealed record MeetingDiff(string Id, ChangeKind Kind, IReadOnlyList<string> Fields, IReadOnlyList<ItemDiff> Items);
