namespace Protokoll.Gen.Model;

/// <summary>
/// Money put on one process and stage, by a budget file or an agenda item. <see cref="Stage"/> is null where the
/// author left it out (allowed when the budget has one stage). <see cref="Source"/> points at each value.
/// </summary>
public sealed record Allocation(string Process, string? Stage, decimal Amount, SourceMap Source);
