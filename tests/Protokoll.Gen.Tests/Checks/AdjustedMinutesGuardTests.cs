using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Checks;

/// <summary>
/// The sample's meeting 2022-11-24 is adjusted (justerad); its items may only gain "Rättelse" notes. Detected
/// through git, by <c>check --base</c> and <c>diff</c>.
/// </summary>
public sealed class AdjustedMinutesGuardTests
{
    private const string Adjusted = "meetings/2022-11-24-styrgrupp/";

    [Fact]
    public void A_changed_item_of_adjusted_minutes_is_an_error_at_the_changed_value()
    {
        using var repository = TempRepository.FromSample();
        repository.Commit("sample");
        var path = repository.Content.PathOf(Adjusted + "10-motets-oppnande.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("förklarade mötet öppnat", "öppnade mötet", StringComparison.Ordinal));

        var run = CliRun.InProcess("check", repository.Content.Root, "--base", "HEAD");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Output.Split('\n'), l => l.Contains(FindingCodes.AdjustedMinutesChanged, StringComparison.Ordinal));
        Assert.Contains("10-motets-oppnande.md:4:11: error PG613: The minutes of 2022-11-24-styrgrupp were adjusted (justerade) on 2022-12-01", line, StringComparison.Ordinal);
        Assert.Contains("'decision' of item 10 changed", line, StringComparison.Ordinal);
        Assert.Contains("Rättelse", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correction_note_is_the_allowed_change()
    {
        using var repository = TempRepository.FromSample();
        repository.Commit("sample");
        var path = repository.Content.PathOf(Adjusted + "10-motets-oppnande.md");
        File.WriteAllText(path, "---\nnumber: 10\ntitle: Mötets öppnande\ndecision: Ordföranden förklarade mötet öppnat.\nnotes:\n  - { by: Erik Sandberg, text: \"Rättelse: mötet öppnades 13.05.\" }\n---\n");

        var run = CliRun.InProcess("check", repository.Content.Root, "--base", "HEAD");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(FindingCodes.AdjustedMinutesChanged, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_added_to_or_removed_from_adjusted_minutes_is_an_error_and_diff_fails_too()
    {
        using var repository = TempRepository.FromSample();
        repository.Commit("sample");
        File.Delete(repository.Content.PathOf(Adjusted + "15-motets-avslutande.md"));
        repository.Content.WriteItem("14a-sent.md", "number: 14a\ntitle: Sent tillägg", meeting: "2022-11-24-styrgrupp");

        var check = CliRun.InProcess("check", repository.Content.Root, "--base", "HEAD");
        var diff = CliRun.InProcess("diff", repository.Content.Root, "--base", "HEAD");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("14a-sent.md:2:1: error PG613", check.Output, StringComparison.Ordinal);
        Assert.Contains("meeting.yml:1:1: error PG613", check.Output, StringComparison.Ordinal);
        Assert.Contains("item 15 (Mötets avslutande) was removed", check.Output, StringComparison.Ordinal);
        Assert.Equal(1, diff.ExitCode);
        Assert.Contains("PG613", diff.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Minutes_not_yet_adjusted_may_change_freely()
    {
        using var repository = TempRepository.FromSample();
        repository.Commit("sample");
        var path = repository.Content.PathOf("meetings/2022-09-15-styrgrupp/01-motets-oppnande.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("förklarade mötet öppnat", "öppnade mötet", StringComparison.Ordinal));

        var run = CliRun.InProcess("check", repository.Content.Root, "--base", "HEAD");

        Assert.Equal(0, run.ExitCode);
    }
}
