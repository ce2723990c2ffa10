using Protokoll.Gen.Rendering;

namespace Protokoll.Gen.Preview;

/// <summary>
/// One build of <see cref="BuildWatch"/>: its number (1 for the first), the changed files that started it (none for
/// the first), and its outcome, or the reason it could not finish (a file the system would not let it read or move).
/// </summary>
public sealed record BuildRound(int Number, IReadOnlyList<string> Changes, BuildOutcome? Outcome, string? Failure);
