using Protokoll.Gen.Model;

namespace Protokoll.Gen.Import;

/// <summary>One "## 8. Title" section of legacy minutes, sorted into the item's parts.</summary>
public sealed record LegacyItem
{
    public required ItemNumber Number { get; init; }
    public required string Title { get; init; }
    public List<string> Proposal { get; } = [];
    public int ProposalLine { get; set; }
    public List<string> Motives { get; } = [];
    public List<string> Decision { get; } = [];
    public List<string> Body { get; } = [];
}
