namespace Protokoll.Gen.Diff;

/// <summary>What happened to a meeting or an item between two revisions.</summary>
public enum ChangeKind
{
    Added,
    Changed,
    Removed,
}
