namespace Protokoll.Gen.Preview;

/// <summary>
/// What the preview shows: the number of the latest build (every page and the events stream carry it, so a page
/// knows when it is out of date), whether a good build is being served, and the findings of the latest build when
/// it failed (already formatted as <c>file:line:col: error CODE: message</c>; empty after a good build).
/// </summary>
public sealed record PreviewState(int Build, bool HasSite, IReadOnlyList<string> Findings);
