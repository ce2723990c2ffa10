namespace Protokoll.Gen.Model;

/// <summary>
/// An omröstning on an item: either open, with each member's name under ja, nej or avstar (<see cref="Named"/>),
/// or counts only. For a named vote the counts are the lengths of the lists.
/// </summary>
public sealed record Vote
{
    /// <summary>What was put to the vote ("Ja för kansliets förslag, nej för Jonas Bergs avslagsyrkande").</summary>
    public string? Question { get; init; }
    public bool Named { get; init; }
    public int Yes { get; init; }
    public int No { get; init; }
    public int Abstain { get; init; }

    /// <summary>Every name in an open vote, in file order; empty when the vote is counts only.</summary>
    public IReadOnlyList<Voter> Voters { get; init; } = [];
    public required SourceMap Source { get; init; }

    public int Total => Yes + No + Abstain;
}
