namespace Protokoll.Gen.Model;

/// <summary>One agenda item: its front matter, its Markdown body, and where each value came from.</summary>
public sealed record AgendaItem
{
    /// <summary>Null where the number is missing or unreadable (a finding says so).</summary>
    public ItemNumber? Number { get; init; }
    public string Title { get; init; } = "";
    public ItemType Type { get; init; } = ItemType.Information;
    public ItemOutcome Outcome { get; init; } = ItemOutcome.Proposed;
    public string? Applicant { get; init; }
    public string? Proposal { get; init; }

    /// <summary>Markdown; a list of paragraphs in the file is joined with blank lines.</summary>
    public string? Motives { get; init; }
    public string? Decision { get; init; }
    public IReadOnlyList<string> Attachments { get; init; } = [];

    /// <summary>The money the item moves: the single <c>process/stage/amount</c> keys or the <c>allocations</c> list.</summary>
    public IReadOnlyList<Allocation> Allocations { get; init; } = [];
    public bool Supplement { get; init; }

    /// <summary>Yrkanden made at the meeting, in the order they were made.</summary>
    public IReadOnlyList<MemberProposal> Proposals { get; init; } = [];

    /// <summary>Beslutsgång: the order in which the propositions were put, one line (or Markdown block) each.</summary>
    public IReadOnlyList<string> Procedure { get; init; } = [];
    public Vote? Vote { get; init; }
    public IReadOnlyList<Recusal> Recusals { get; init; } = [];
    public IReadOnlyList<Reservation> Reservations { get; init; } = [];
    public IReadOnlyList<MinutesNote> Notes { get; init; } = [];

    /// <summary>Expediering: who receives the decision.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The diarienummer, as written ("KS 2022/123").</summary>
    public string? CaseNumber { get; init; }

    /// <summary>Omedelbar justering: this § was adjusted at the meeting itself.</summary>
    public bool UrgentAdjustment { get; init; }

    /// <summary>False where the whole item must be left out of the public edition.</summary>
    public bool IsPublic { get; init; } = true;

    /// <summary>Fields (item keys, or <c>body</c>) that are internal only and left out of the public edition.</summary>
    public IReadOnlyList<string> PrivateFields { get; init; } = [];

    /// <summary>The Markdown after the front matter, exactly as written (line ends normalised to \n).</summary>
    public string Body { get; init; } = "";

    /// <summary>The 1-based line of the file on which <see cref="Body"/> starts.</summary>
    public int BodyLine { get; init; } = 1;

    public required string File { get; init; }
    public required SourceMap Source { get; init; }

    public decimal? TotalAmount => Allocations.Count == 0 ? null : Allocations.Sum(a => a.Amount);

    /// <summary>Whether the body decided the item, so that the minutes must give the decision's wording.</summary>
    public bool IsDecided => Type == ItemType.Decision && Outcome is (ItemOutcome.Approved or ItemOutcome.Rejected);

    /// <summary>Whether the item's amounts count in the ledger.</summary>
    public bool Reserves => Outcome is not (ItemOutcome.Rejected or ItemOutcome.Deferred);
}
