namespace Protokoll.Gen.Rendering.Views;

/// <summary>A jäv as the minutes write it: "Karin Nyström anmäler jäv och deltar inte i handläggningen." and why.</summary>
public sealed record RecusalView(string Name, string? Reason, string Text);
