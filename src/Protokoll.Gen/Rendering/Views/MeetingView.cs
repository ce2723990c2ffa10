namespace Protokoll.Gen.Rendering.Views;

/// <summary>One meeting as templates see it (<c>meeting</c>).</summary>
public sealed record MeetingView(
    string Id,
    string Date,
    string DateText,
    string? Title,
    string Body,
    string? Time,
    string? Place,
    string? Chair,
    string? Secretary,
    IReadOnlyList<string> Adjusters,
    IReadOnlyList<AttendanceGroupView> Groups,
    IReadOnlyList<string> Absent,
    IReadOnlyList<ItemView> Items,
    BudgetView? Budget,
    string Source,
    AdjustmentView Adjustment,
    NoticeView Notice);
