using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Model;

/// <summary>One member's vote in an open vote, with the place of the name so a check can point at it.</summary>
public sealed record Voter(string Name, VoteChoice Choice, SourceLocation Location);
