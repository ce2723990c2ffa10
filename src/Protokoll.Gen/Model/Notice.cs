namespace Protokoll.Gen.Model;

/// <summary>The anslag: the day the notice that the minutes are adjusted was put up; the appeal period runs from it.</summary>
public sealed record Notice(DateOnly? Date, SourceMap Source);
