namespace Protokoll.Gen.Model;

/// <summary>How one member voted: ja, nej or avstår.</summary>
public enum VoteChoice
{
    Yes,
    No,
    Abstain,
}
