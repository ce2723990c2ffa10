using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Checks;

public sealed class DecisionTextCheckTests
{
    [Theory]
    [InlineData("approved")]
    [InlineData("rejected")]
    public void A_decided_item_without_decision_text_is_an_error_at_its_outcome(string outcome)
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", $"number: 1\ntitle: Beslut\ntype: decision\noutcome: {outcome}\nproposal: Att bevilja.");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.DecisionTextMissing, "1.md", 5, 10);
        Assert.True(finding.IsError);
        Assert.Contains("decision:", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type: decision\noutcome: proposed")]
    [InlineData("type: decision\noutcome: deferred")]
    [InlineData("type: information\noutcome: approved")]
    [InlineData("type: decision\noutcome: approved\ndecision: Styrelsen beslutar enligt förslaget.")]
    public void Items_not_decided_or_with_a_decision_text_pass(string keys)
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", $"number: 1\ntitle: Ärende\n{keys}");

        FindingAssert.None(FindingAssert.Check(content).Findings);
    }
}
