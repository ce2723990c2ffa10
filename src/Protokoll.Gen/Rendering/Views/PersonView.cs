namespace Protokoll.Gen.Rendering.Views;

/// <summary>
/// A person present. <see cref="ItemsText"/> is the partial attendance as minutes write it ("punkt 1 t.o.m. 7"),
/// or null when present for the whole meeting.
/// </summary>
public sealed record PersonView(string Name, string? Organisation, string? Role, string? ItemsText, bool Remote);
