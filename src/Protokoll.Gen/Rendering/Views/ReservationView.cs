namespace Protokoll.Gen.Rendering.Views;

/// <summary>
/// A reservation as the minutes write it ("Jonas Berg reserverar sig mot beslutet till förmån för eget yrkande.");
/// <see cref="WrittenText"/> says a written reservation is attached, or is null.
/// </summary>
public sealed record ReservationView(string Name, string? Reason, bool Written, string Text, string? WrittenText);
