namespace Protokoll.Gen.Rendering.Views;

/// <summary>
/// The anslag certificate (ANSLAG/BEVIS): the day the notice goes up, the day it comes down (three weeks later,
/// when the appeal period has run) and where the minutes are kept. Always present; values are null where not
/// recorded, so the printed form leaves them to be filled in by hand.
/// </summary>
public sealed record NoticeView(string? Posted, string? PostedText, string? TakenDown, string? TakenDownText, string? Archive);
