namespace Protokoll.Gen.Rendering.Views;

/// <summary>
/// An omröstning: what ja and nej stood for, each member's vote when it was open (<see cref="Named"/>), the counts
/// and the result line ("Ja 3, nej 1, avstår 0").
/// </summary>
public sealed record VoteView(
    string? Question,
    bool Named,
    IReadOnlyList<VoterView> Voters,
    int Yes,
    int No,
    int Abstain,
    string ResultText);
