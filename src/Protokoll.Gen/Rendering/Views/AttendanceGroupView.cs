namespace Protokoll.Gen.Rendering.Views;

/// <summary>A group of the attendance list ("Styrgruppen") and its people.</summary>
public sealed record AttendanceGroupView(string Group, IReadOnlyList<PersonView> People);
