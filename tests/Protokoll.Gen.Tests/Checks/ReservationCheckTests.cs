using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Checks;

public sealed class ReservationCheckTests
{
    private const string Decided = "type: decision\noutcome: approved\ndecision: Styrelsen bifaller förslaget.";

    [Fact]
    public void A_reservation_by_a_member_who_took_part_passes()
    {
        using var content = BoardContent.Create();
        content.WriteItem("2.md", $"number: 2\ntitle: T\n{Decided}\nvotes:\n  ja: [Anna, Bo, Cecilia]\n  nej: [David]\nreservations:\n  - {{ name: David, reason: Till förmån för eget yrkande., written: true }}");

        FindingAssert.None(FindingAssert.Check(content).Findings);
    }

    [Fact]
    public void A_reservation_by_a_member_who_had_left_is_reported_at_the_name()
    {
        using var content = BoardContent.Create();
        content.WriteItem("5.md", $"number: 5\ntitle: T\n{Decided}\nreservations:\n  - David");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.ReservationNotPresent, "5.md", 8, 5);
        Assert.Contains("not present at § 5", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reservation_by_a_recused_member_is_reported()
    {
        using var content = BoardContent.Create();
        content.WriteItem("2.md", $"number: 2\ntitle: T\n{Decided}\nrecusals: [Anna]\nreservations:\n  - {{ name: Anna }}");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.ReservationNotPresent, "2.md", 9, 13);
        Assert.Contains("recused", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reservation_against_an_approved_decision_by_a_ja_voter_is_reported()
    {
        using var content = BoardContent.Create();
        content.WriteItem("2.md", $"number: 2\ntitle: T\n{Decided}\nvotes:\n  ja: [Anna, Bo, Cecilia]\n  nej: [David]\nreservations:\n  - Bo");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.ReservationByYesVoter, "2.md", 11, 5);
        Assert.Contains("voted ja", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ja_voter_may_reserve_against_a_rejection()
    {
        using var content = BoardContent.Create();
        content.WriteItem("2.md", "number: 2\ntitle: T\ntype: decision\noutcome: rejected\ndecision: Styrelsen avslår.\nvotes:\n  ja: [Anna]\n  nej: [Bo, Cecilia, David]\nreservations: [Anna]");

        FindingAssert.None(FindingAssert.Check(content).Findings);
    }
}
