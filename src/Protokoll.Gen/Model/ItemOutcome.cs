namespace Protokoll.Gen.Model;

/// <summary>What happened to an item's proposal. Rejected and deferred items reserve no money.</summary>
public enum ItemOutcome
{
    Proposed,
    Approved,
    Rejected,
    Deferred,
}
