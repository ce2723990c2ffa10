using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Checks;

/// <summary>Markdown the renderer refuses is a check finding at the text, not an exception in the build (found by fuzzing).</summary>
public sealed class MarkdownCheckTests
{
    [Fact]
    public void Hundreds_of_open_brackets_in_a_body_are_a_finding_at_the_body()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T", "Inledning\n\n" + new string('[', 300) + "text\n");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.MarkdownTooDeep, "1.md", 5, 1);
    }

    [Fact]
    public void Nested_brackets_in_a_decision_are_a_finding_at_the_decision_and_the_build_writes_nothing()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", $"number: 1\ntitle: T\ndecision: \"{new string('[', 300)}\"\n");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.MarkdownTooDeep, "1.md", 4, 11);
        using var site = BuiltSite.Of(content.Root);
        Assert.Equal(1, site.Run.ExitCode);
        Assert.Empty(site.Files());
    }
}
