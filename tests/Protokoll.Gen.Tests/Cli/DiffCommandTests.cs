using System.Text.Json;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Cli;

public sealed class DiffCommandTests
{
    private const string Meeting = "meetings/2022-03-08-styrgrupp";

    [Fact]
    public void Text_lists_added_changed_and_removed_items_and_the_budget_before_and_after()
    {
        using var repository = PullRequest();

        var run = CliRun.InProcess("diff", repository.Content.Root, "--base", "base");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Output, "txt", "PullRequest_text");
    }

    [Fact]
    public void Markdown_has_a_table_per_meeting_and_per_budget_year()
    {
        using var repository = PullRequest();

        var run = CliRun.InProcess("diff", repository.Content.Root, "--base", "base", "--format", "md");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Output, "md", "PullRequest_md");
    }

    [Fact]
    public void Json_carries_items_cells_and_years_with_two_decimals()
    {
        using var repository = PullRequest();

        var run = CliRun.InProcess("diff", repository.Content.Root, "--base", "base", "--format", "json");

        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Assert.Equal("base", root.GetProperty("base").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("head").ValueKind);
        var items = root.GetProperty("meetings")[0].GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("change").GetString(), i.GetProperty("file").GetString(), i.GetProperty("amountBefore").GetRawText(), i.GetProperty("amountAfter").GetRawText()))
            .ToArray();
        Assert.Equal(
        [
            ("changed", $"content/{Meeting}/1.md", "20000.00", "25000.00"),
            ("added", $"content/{Meeting}/4.md", "null", "40000.00"),
            ("removed", $"content/{Meeting}/3.md", "null", "null"),
        ], items);
        Assert.Equal(["amount"], root.GetProperty("meetings")[0].GetProperty("items")[0].GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        var year = root.GetProperty("years")[0];
        Assert.Equal(("50000.00", "95000.00", "50000.00", "5000.00"),
            (year.GetProperty("reservedBefore").GetRawText(), year.GetProperty("reservedAfter").GetRawText(),
             year.GetProperty("remainingBefore").GetRawText(), year.GetProperty("remainingAfter").GetRawText()));
        Assert.Equal(
            [("KEEN", "step1", "5000.00"), ("Projektberedskap", "process", "40000.00")],
            root.GetProperty("cells").EnumerateArray().Select(c => (c.GetProperty("process").GetString(), c.GetProperty("stage").GetString(), c.GetProperty("change").GetRawText())));
    }

    [Fact]
    public void A_commit_that_over_commits_the_budget_shows_a_negative_remainder_and_fails_the_check_on_its_line()
    {
        using var repository = PullRequest();
        repository.Commit("pull request");
        repository.Content.WriteItem("5.md", "number: 5\ntitle: Extra\ntype: decision\nprocess: Matvård\nstage: process\namount: 10000");
        repository.Commit("over budget");

        var diff = CliRun.InProcess("diff", repository.Content.Root, "--base", "HEAD~1", "--head", "HEAD", "--format", "json");
        var check = CliRun.AsProcess(repository.Root, "check", "content", "--format", "github");

        using var document = JsonDocument.Parse(diff.Output);
        Assert.Equal("-5000.00", document.RootElement.GetProperty("years")[0].GetProperty("remainingAfter").GetRawText());
        Assert.Equal(1, check.ExitCode);
        Assert.StartsWith($"::error file=content/{Meeting}/5.md,line=7,col=9,title=PG301::This amount (10 000,00 kr) over-commits the 2022 budget", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Head_compares_two_commits_and_ignores_the_working_tree()
    {
        using var repository = PullRequest();
        repository.Commit("pull request");
        repository.Content.WriteItem("9.md", "number: 9\ntitle: Not committed");

        var run = CliRun.InProcess("diff", repository.Content.Root, "--base", "base", "--head", "HEAD");

        Assert.StartsWith("Changes from base to HEAD\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("§ 4 Projektberedskap", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Not committed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_are_repository_relative_when_run_from_a_subfolder()
    {
        using var repository = PullRequest();

        var run = CliRun.AsProcess(repository.Content.PathOf("meetings"), "diff", "..", "--base", "base");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"(content/{Meeting}/4.md)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_base_revision_is_exit_2_with_the_fetch_to_run()
    {
        using var repository = PullRequest();

        var run = CliRun.InProcess("diff", repository.Content.Root, "--base", "origin/main");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("The revision 'origin/main' is not in this repository", run.Error, StringComparison.Ordinal);
        Assert.Contains("git fetch --depth=1 origin main:refs/remotes/origin/main", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_shallow_clone_the_base_is_missing_until_it_is_fetched()
    {
        using var origin = PullRequest();
        var baseCommit = origin.Git("rev-parse", "base");
        origin.Commit("pull request");
        using var ci = TempContent.Empty();
        var clone = Path.Combine(ci.Directory, "clone");
        TempRepository.Run(ci.Directory, "clone", "-q", "--depth", "1", new Uri(origin.Root).AbsoluteUri, clone);
        var content = Path.Combine(clone, "content");

        var missing = CliRun.InProcess("diff", content, "--base", baseCommit);
        TempRepository.Run(clone, "fetch", "-q", "--depth=1", "origin", baseCommit);
        var fetched = CliRun.InProcess("diff", content, "--base", baseCommit);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("shallow clone", missing.Error, StringComparison.Ordinal);
        Assert.Contains($"git fetch --depth=1 origin {baseCommit}", missing.Error, StringComparison.Ordinal);
        Assert.Equal(0, fetched.ExitCode);
        Assert.Contains("added   § 4 Projektberedskap", fetched.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_outside_a_repository_is_exit_2()
    {
        using var content = TempContent.Minimal();

        var run = CliRun.InProcess("diff", content.Root, "--base", "main");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not inside a git repository", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_is_required()
    {
        Assert.Equal(2, CliRun.InProcess("diff", RepositoryPaths.SampleContent).ExitCode);
    }

    /// <summary>
    /// A repository whose commit tagged "base" has three items, and a working tree that adds item 4, raises item
    /// 1's amount and removes item 3: what a pull request does.
    /// </summary>
    private static TempRepository PullRequest()
    {
        var repository = TempRepository.Minimal();
        repository.Content.WriteItem("1.md", "number: 1\ntitle: Klimat\ntype: decision\nprocess: KEEN\nstage: step1\namount: 20000");
        repository.Content.WriteItem("2.md", "number: 2\ntitle: Matvård\ntype: decision\nprocess: Matvård\nstage: step1\namount: 30000");
        repository.Content.WriteItem("3.md", "number: 3\ntitle: Övriga frågor");
        repository.Commit("base");
        repository.Git("tag", "base");
        repository.Content.WriteItem("1.md", "number: 1\ntitle: Klimat\ntype: decision\nprocess: KEEN\nstage: step1\namount: 25000");
        repository.Content.WriteItem("4.md", "number: 4\ntitle: Projektberedskap\ntype: decision\nprocess: Projektberedskap\nstage: process\namount: 40000");
        File.Delete(repository.Content.PathOf($"{Meeting}/3.md"));
        return repository;
    }
}
