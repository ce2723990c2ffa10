namespace Protokoll.Gen.Rendering.Views;

/// <summary>One member's vote in an open vote; <see cref="Choice"/> is yes, no or abstain, for the table's columns.</summary>
public sealed record VoterView(string Name, string Choice, string ChoiceText);
