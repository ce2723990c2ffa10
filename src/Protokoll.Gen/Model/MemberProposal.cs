namespace Protokoll.Gen.Model;

/// <summary>
/// A yrkande: a proposal made by a member at the meeting (bifall, avslag, ändring, ...), which the minutes must
/// record for every item (KL 5 kap 67 §). Called MemberProposal so it is not confused with the item's own
/// <see cref="AgendaItem.Proposal"/> (the förslag the body was asked to decide).
/// </summary>
public sealed record MemberProposal(string By, string Text, string? Kind, SourceMap Source);
