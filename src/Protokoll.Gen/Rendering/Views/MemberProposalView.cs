using Protokoll.Gen.Rendering.Html;

namespace Protokoll.Gen.Rendering.Views;

/// <summary>A yrkande as the minutes print it: who, which kind ("Avslag", "Återremiss"), and the proposal's text.</summary>
public sealed record MemberProposalView(string By, string? Kind, string? KindText, HtmlFragment Text);
