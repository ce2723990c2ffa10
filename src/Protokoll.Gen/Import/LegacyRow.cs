namespace Protokoll.Gen.Import;

/// <summary>One process row of a legacy budget table: its name and a cell per stage.</summary>
public sealed record LegacyRow(string Process, IReadOnlyList<LegacyCell> Cells, int Line);
