namespace Protokoll.Gen.Model;

/// <summary>A protokollsanteckning: a statement a member asked to have recorded, which is not a reservation.</summary>
public sealed record MinutesNote(string By, string Text, SourceMap Source);
