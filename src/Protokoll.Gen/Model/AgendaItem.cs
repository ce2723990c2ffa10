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

    /// <summary>The Markdown after the front matter, exactly as written (line ends normalised to \n).</summary>
    public string Body { get; init; } = "";

    /// <summary>The 1-based line of the file on which <see cref="Body"/> starts.</summary>
    public int BodyLine { get; init; } = 1;

    public required string File { get; init; }
    public required SourceMap Source { get; init; }

    public decimal? TotalAmount => Allocations.Count == 0 ? null : Allocations.Sum(a => a.Amount);

    /// <summary>Whether the item's amounts count in the ledger.</summary>
    public bool Reserves => Outcome is not (ItemOutcome.Rejected or ItemOutcome.Deferred);
}
