using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Checks;

/// <summary>Votes against <see cref="BoardContent"/>: Anna, Bo, Cecilia vote throughout, David at items 1-3, Erik never.</summary>
public sealed class VoteCheckTests
{
    [Fact]
    public void Counts_that_add_up_to_the_members_present_pass()
    {
        using var content = BoardContent.Create();
        content.WriteItem("2.md", "number: 2\ntitle: T\nvotes: { ja: 3, nej: 1, avstar: 0 }");
        content.WriteItem("5.md", "number: 5\ntitle: T\nvotes: { ja: 2, nej: 0, avstar: 1 }");
        content.WriteItem("1.md", "number: 1\ntitle: T");
        content.WriteItem("3.md", "number: 3\ntitle: T");
        content.WriteItem("4.md", "number: 4\ntitle: T");

        FindingAssert.None(FindingAssert.Check(content).Findings);
    }

    [Fact]
    public void Counts_that_include_a_member_who_had_left_are_reported_at_the_vote()
    {
        using var content = BoardContent.Create();
        content.WriteItem("5.md", "number: 5\ntitle: T\nvotes:\n  ja: 3\n  nej: 1\n  avstar: 0");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.VoteCountMismatch, "5.md", 5, 3);
        Assert.Contains("adds up to 4", finding.Message, StringComparison.Ordinal);
        Assert.Contains("3 voting members took part in § 5 (Anna, Bo, Cecilia)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recused_member_is_not_counted_as_present()
    {
        using var content = BoardContent.Create();
        content.WriteItem("2.md", "number: 2\ntitle: T\nrecusals: [Anna]\nvotes: { ja: 3, nej: 1, avstar: 0 }");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.VoteCountMismatch, "2.md", 5, 8);
        Assert.Contains("3 voting members", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recused_member_in_an_open_vote_is_reported_at_the_name()
    {
        using var content = BoardContent.Create();
        content.WriteItem("2.md", "number: 2\ntitle: T\nrecusals:\n  - { name: Bo, reason: Jäv }\nvotes:\n  ja: [Anna, Bo, Cecilia]\n  nej: [David]");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.RecusedVoter, "2.md", 7, 14);
        Assert.Contains("Bo is recused", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_voter_who_had_left_is_reported_at_the_name()
    {
        using var content = BoardContent.Create();
        content.WriteItem("5.md", "number: 5\ntitle: T\nvotes:\n  ja: [Anna, Bo]\n  nej: [Cecilia, David]");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.VoterNotPresent, "5.md", 6, 18);
        Assert.Contains("David", finding.Message, StringComparison.Ordinal);
        Assert.Contains("not present at § 5", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Erik", "voting: false")]
    [InlineData("Doris", "not in the meeting's attendance list")]
    public void A_voter_who_is_not_a_voting_member_is_reported_with_the_reason(string name, string reason)
    {
        using var content = BoardContent.Create();
        content.WriteItem("5.md", $"number: 5\ntitle: T\nvotes:\n  ja: [Anna, Bo, Cecilia]\n  avstar: [{name}]");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.VoterNotPresent, "5.md", 6, 12);
        Assert.Contains(reason, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_vote_that_leaves_out_a_present_member_names_the_member()
    {
        using var content = BoardContent.Create();
        content.WriteItem("5.md", "number: 5\ntitle: T\nvotes:\n  ja: [Anna]\n  nej: [Bo]");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.VoteCountMismatch, "5.md", 5, 3);
        Assert.Contains("missing: Cecilia", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_listed_twice_is_reported_at_the_second()
    {
        using var content = BoardContent.Create();
        content.WriteItem("5.md", "number: 5\ntitle: T\nvotes:\n  ja: [Anna, Bo]\n  nej: [Cecilia]\n  avstar: [Bo]");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.VoteCountMismatch, "5.md", 7, 12);
        Assert.Contains("Bo is listed twice", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_and_counts_cannot_be_mixed()
    {
        using var content = BoardContent.Create();
        content.WriteItem("5.md", "number: 5\ntitle: T\nvotes:\n  ja: [Anna, Bo]\n  nej: 1");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.InvalidValue, "5.md", 6, 8);
        Assert.Contains("mixes names", finding.Message, StringComparison.Ordinal);
    }
}
