namespace Protokoll.Gen.Import;

/// <summary>One figure of a legacy table ("- kr" reads as zero) and where it stands in the legacy file.</summary>
public sealed record LegacyCell(decimal Amount, int Line, int Column);
