namespace Protokoll.Gen.Rendering.Views;

/// <summary>
/// Justeringens plats och tid. Always present, so templates need no null test: values are null where not recorded
/// (the document then leaves a line to fill in by hand). <see cref="Adjusted"/> once the adjusters have signed.
/// </summary>
public sealed record AdjustmentView(string? Place, string? Date, string? DateText, bool Adjusted);
