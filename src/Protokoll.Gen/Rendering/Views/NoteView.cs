using Protokoll.Gen.Rendering.Html;

namespace Protokoll.Gen.Rendering.Views;

/// <summary>A protokollsanteckning: who asked for it and what it says.</summary>
public sealed record NoteView(string By, HtmlFragment Text);
