using System.Text.Json;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Cli;

/// <summary><c>protokoll check</c> in a pull request: --changed-since, --summary (with --base), annotations, GitLab's report.</summary>
public sealed class CheckCommandPullRequestTests
{
    private const string Meeting = "meetings/2022-03-08-styrgrupp";

    [Fact]
    public void Changed_since_reports_the_changed_item_and_the_over_commitment_it_causes_in_an_unchanged_item()
    {
        using var repository = TempRepository.Minimal();
        repository.Content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 20000");
        repository.Content.WriteItem("2.md", "number: 2\ntitle: B\nprocess: Matvård\nstage: step1\namount: 70000");
        repository.Content.WriteItem("3.md", "number: 3\ntitle: C\ndecision: Beviljas 5 000 kr.");
        repository.Commit("base");
        repository.Content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 40000");

        var limited = CliRun.AsProcess(repository.Root, "check", "content", "--changed-since", "HEAD", "--format", "github");
        var whole = CliRun.AsProcess(repository.Root, "check", "content", "--format", "github");

        Assert.Equal(1, limited.ExitCode);
        var lines = limited.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"::error file=content/{Meeting}/1.md,line=6,col=9,title=PG301::This change takes part in an error at {Meeting}/2.md:6", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"::error file=content/{Meeting}/2.md,line=6,col=9,title=PG301::This amount (70 000,00 kr) over-commits", lines[1], StringComparison.Ordinal);
        Assert.Contains("title=PG303", whole.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_since_counts_untracked_files_and_passes_when_they_are_clean()
    {
        using var repository = TempRepository.Minimal();
        repository.Content.WriteItem("1.md", "number: 1\ntitle: A\namount: -5");
        repository.Commit("base with an old error");
        repository.Content.WriteItem("2.md", "number: 2\ntitle: B");

        var clean = CliRun.InProcess("check", repository.Content.Root, "--changed-since", "HEAD");
        repository.Content.WriteItem("3.md", "number: 3\ntitle: C\nprocess: KEEN\nstage: step9\namount: 100");
        var broken = CliRun.InProcess("check", repository.Content.Root, "--changed-since", "HEAD", "--format", "json");

        Assert.Equal((0, "No findings.\n"), (clean.ExitCode, clean.Output));
        Assert.Equal(1, broken.ExitCode);
        using var document = JsonDocument.Parse(broken.Output);
        Assert.All(document.RootElement.EnumerateArray(), f => Assert.EndsWith("3.md", f.GetProperty("file").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Changed_since_a_revision_this_clone_lacks_is_exit_2()
    {
        using var repository = TempRepository.Minimal();
        repository.Commit("base");

        var run = CliRun.InProcess("check", repository.Content.Root, "--changed-since", "origin/main");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("git fetch --depth=1 origin", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_samples_summary_has_the_findings_line_and_the_budget_table()
    {
        using var repository = TempRepository.FromSample();
        repository.Commit("sample");
        var summary = Path.Combine(repository.Root, "summary.md");

        var run = CliRun.InProcess("check", repository.Content.Root, "--summary", summary);

        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(summary);
        Assert.DoesNotContain(repository.Root, text, StringComparison.Ordinal);
        Snapshot.Match(text, "md", "Sample_summary");
    }

    [Fact]
    public void A_summary_with_base_appends_findings_budget_and_the_diff_with_repository_relative_paths()
    {
        using var repository = TempRepository.FromSample();
        repository.Commit("sample");
        repository.Content.WriteItem("09a-extra.md", "number: 9a\ntitle: Extra\ntype: decision\nprocess: Klimatanpassning\nstage: step1\namount: 100000",
            meeting: "2022-09-15-styrgrupp");
        var summary = Path.Combine(repository.Root, "summary.md");
        File.WriteAllText(summary, "# Earlier step\n");

        var run = CliRun.AsProcess(repository.Content.PathOf("meetings"), "check", "..", "--summary", summary, "--base", "HEAD");

        Assert.Equal(1, run.ExitCode);
        var text = File.ReadAllText(summary);
        Assert.StartsWith("# Earlier step\n## Protokoll: `content`\n\n❌ **1 error, 0 warnings**", text, StringComparison.Ordinal);
        Assert.Contains("| error | PG301 | `content/meetings/2022-09-15-styrgrupp/09a-extra.md:7` | This amount (100 000,00 kr) over-commits", text, StringComparison.Ordinal);
        Assert.Contains("### Changes from `HEAD` to the working tree", text, StringComparison.Ordinal);
        Assert.Contains("| added | 9 a | Extra (`09a-extra.md`) |  | 100\u00A0000,00\u00A0kr |", text, StringComparison.Ordinal);
        Assert.Contains("| Kvar belopp | 91\u00A0320,00\u00A0kr | -8\u00A0680,00\u00A0kr | -100\u00A0000,00\u00A0kr |", text, StringComparison.Ordinal);
        Assert.DoesNotContain(repository.Root, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotations_from_a_subfolder_use_repository_paths_and_escape_by_the_workflow_command_rules()
    {
        using var repository = TempRepository.Minimal();
        repository.Content.WriteItem("1,a.md", "number: 1\ntitle: A\nprocess: \"50% KEEN\\nnext\"\nstage: step1\namount: 100");
        repository.Commit("base");

        var run = CliRun.AsProcess(repository.Content.PathOf(Meeting), "check", "../..", "--format", "github");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"::error file=content/{Meeting}/1%2Ca.md,line=4,col=10,title=PG105::The process '50%25 KEEN%0Anext' is not in the 2022 budget.", line, StringComparison.Ordinal);
        // In the message (data) only %, CR and LF are escaped: ':' and ',' stay readable.
        Assert.Contains("Listed: KEEN, Matvård, Projektberedskap.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Gitlab_format_is_a_code_quality_report_with_repository_paths()
    {
        using var repository = TempRepository.Minimal();
        repository.Content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: -5");
        repository.Commit("base");

        var run = CliRun.AsProcess(repository.Content.PathOf("meetings"), "check", "..", "--format", "gitlab");

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var issue = Assert.Single(document.RootElement.EnumerateArray().ToArray());
        Assert.Equal(["description", "check_name", "fingerprint", "severity", "location"], issue.EnumerateObject().Select(p => p.Name));
        Assert.Equal("PG102", issue.GetProperty("check_name").GetString());
        Assert.Equal("major", issue.GetProperty("severity").GetString());
        Assert.Equal($"content/{Meeting}/1.md", issue.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(6, issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.Matches("^[0-9a-f]{32}$", issue.GetProperty("fingerprint").GetString());
    }
}
