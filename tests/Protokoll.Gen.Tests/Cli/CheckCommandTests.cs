using System.Text.Json;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Cli;

public sealed class CheckCommandTests
{
    [Fact]
    public void The_sample_checks_clean_with_exit_0()
    {
        var run = CliRun.InProcess("check", RepositoryPaths.SampleContent);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No findings.\n", run.Output);
    }

    [Fact]
    public void An_error_gives_exit_1_and_a_line_with_path_line_column_code()
    {
        using var content = BrokenContent();

        var run = CliRun.AsProcess(content.Directory, "check", "content");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/meetings/2022-03-08-styrgrupp/1.md:6:9: error PG102: ", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("1 error, 0 warnings\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_alone_pass_unless_warnings_are_errors()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: A\ndecision: Beviljas 5 000 kr.");

        Assert.Equal(0, CliRun.InProcess("check", content.Root).ExitCode);
        Assert.Equal(1, CliRun.InProcess("check", content.Root, "--warnings-as-errors").ExitCode);
    }

    [Fact]
    public void A_missing_folder_is_a_usage_error_with_exit_2()
    {
        var run = CliRun.AsProcess(Path.GetTempPath(), "check", "no-such-folder-here");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_with_exit_2()
    {
        var run = CliRun.AsProcess(RepositoryPaths.Root, "check", "content", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("xml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_lists_the_finding_fields()
    {
        using var content = BrokenContent();

        var run = CliRun.InProcess("check", content.Root, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var finding = document.RootElement[0];
        Assert.Equal("PG102", finding.GetProperty("code").GetString());
        Assert.Equal(6, finding.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Github_format_prints_workflow_commands_on_the_exact_line()
    {
        using var content = BrokenContent();

        var run = CliRun.AsProcess(content.Directory, "check", "content", "--format", "github");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("::error file=content/meetings/2022-03-08-styrgrupp/1.md,line=6,col=9,title=PG102::", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_format_is_sarif_2_1_0()
    {
        using var content = BrokenContent();

        var run = CliRun.InProcess("check", content.Root, "--format", "sarif");

        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        Assert.Equal("PG102", document.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Output_does_not_change_with_the_machines_culture()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: 150000");
        var environment = new Dictionary<string, string> { ["LANG"] = "de_CH.UTF-8", ["LC_ALL"] = "de_CH.UTF-8", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0" };

        var swiss = CliRun.AsProcess(content.Directory, TimeSpan.FromMinutes(2), environment, "check", "content");
        var plain = CliRun.AsProcess(content.Directory, "check", "content");

        Assert.Equal(plain.Output, swiss.Output);
        Assert.Contains("150 000,00 kr", plain.Output, StringComparison.Ordinal);
    }

    private static TempContent BrokenContent()
    {
        var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: A\nprocess: KEEN\nstage: step1\namount: -5");
        return content;
    }
}
