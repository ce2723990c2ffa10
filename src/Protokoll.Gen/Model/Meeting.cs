namespace Protokoll.Gen.Model;

/// <summary>One meeting: <c>meetings/&lt;id&gt;/meeting.yml</c> and its item files, items in number order.</summary>
public sealed record Meeting
{
    public required string Id { get; init; }
    public DateOnly Date { get; init; }
    public string? Title { get; init; }
    public string? Body { get; init; }
    public string? Time { get; init; }
    public string? Place { get; init; }
    public string? Chair { get; init; }
    public string? Secretary { get; init; }
    public IReadOnlyList<string> Adjusters { get; init; } = [];
    public IReadOnlyList<AttendeeGroup> Attendees { get; init; } = [];
    public IReadOnlyList<string> Absent { get; init; } = [];

    /// <summary>The justering, when recorded.</summary>
    public Adjustment? Adjustment { get; init; }

    /// <summary>The anslag, when recorded.</summary>
    public Notice? Notice { get; init; }

    /// <summary>Förvaringsplats of this meeting's minutes, where it differs from protokoll.yml's <c>archive</c>.</summary>
    public string? Archive { get; init; }

    /// <summary>The budget year the meeting's amounts count against (default: the year of <see cref="Date"/>).</summary>
    public int BudgetYear { get; init; }
    public IReadOnlyList<AgendaItem> Items { get; init; } = [];
    public required string File { get; init; }
    public required SourceMap Source { get; init; }
}
