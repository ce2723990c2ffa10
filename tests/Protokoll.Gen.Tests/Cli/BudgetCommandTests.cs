using System.Text.Json;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Cli;

public sealed class BudgetCommandTests
{
    [Theory]
    [InlineData("text", "txt")]
    [InlineData("md", "md")]
    [InlineData("json", "json")]
    [InlineData("csv", "csv")]
    public void The_samples_budget_in_every_format(string format, string extension)
    {
        var run = CliRun.InProcess("budget", RepositoryPaths.SampleContent, "--year", "2022", "--format", format);

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Output, extension, $"Sample_{format}");
    }

    /// <summary>Issue 17, defect 5: a process name a spreadsheet would evaluate is written as text (OWASP CSV injection).</summary>
    [Fact]
    public void Csv_cells_that_a_spreadsheet_would_evaluate_are_written_as_text()
    {
        using var content = TempContent.Minimal();
        content.Write("budgets/2022.yml", """
            year: 2022
            total: 100000
            processes:
              - '=HYPERLINK("http://x.invalid","klick")'
              - '@SUM(A1)'
              - '+1'
              - '-2'
              - Vanlig
            allocations:
              - { process: '=HYPERLINK("http://x.invalid","klick")', amount: 500 }
            """);

        var run = CliRun.InProcess("budget", content.Root, "--year", "2022", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var rows = run.Output.Split('\n');
        Assert.Contains(rows, r => r.StartsWith("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"klick\"\")\",500.00", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("\"'@SUM(A1)\",", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("\"'+1\",", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("\"'-2\",", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("Vanlig,", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Length > 0 && r[0] is '=' or '@' or '+' or '-');
    }

    [Fact]
    public void Json_has_the_contract_shape_with_two_decimals()
    {
        var run = CliRun.InProcess("budget", RepositoryPaths.SampleContent, "--format", "json");

        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        Assert.Equal(2022, root.GetProperty("year").GetInt32());
        Assert.Equal("1000000.00", root.GetProperty("total").GetRawText());
        Assert.Equal("908680.00", root.GetProperty("reserved").GetRawText());
        Assert.Equal("91320.00", root.GetProperty("remaining").GetRawText());
        Assert.Equal("75810.00", root.GetProperty("stages")[0].GetProperty("total").GetRawText());
        var keen = root.GetProperty("processes")[0];
        Assert.Equal("KEEN", keen.GetProperty("name").GetString());
        Assert.Equal("109840.00", keen.GetProperty("amounts").GetProperty("process").GetRawText());
        Assert.Equal("125650.00", keen.GetProperty("total").GetRawText());
    }

    [Fact]
    public void As_of_a_meeting_shows_the_budget_after_it()
    {
        using var content = TempContent.FromSample();
        content.Write("meetings/2022-11-10-styrgrupp/meeting.yml", "date: 2022-11-10\n");
        content.WriteItem("1.md", "number: 1\ntitle: Klimat\nprocess: Klimatanpassning\nstage: step1\namount: 20000", meeting: "2022-11-10-styrgrupp");

        var before = CliRun.InProcess("budget", content.Root, "--as-of", "2022-09-15-styrgrupp", "--format", "json");
        var after = CliRun.InProcess("budget", content.Root, "--format", "json");

        Assert.Contains("\"remaining\": 91320.00", before.Output, StringComparison.Ordinal);
        Assert.Contains("\"remaining\": 71320.00", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void English_labels_and_amounts_on_request()
    {
        var run = CliRun.InProcess("budget", RepositoryPaths.SampleContent, "--locale", "en-GB");

        Assert.Contains("Reserved   SEK\u00A0908,680.00", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_year_or_meeting_is_a_usage_error()
    {
        Assert.Equal(2, CliRun.InProcess("budget", RepositoryPaths.SampleContent, "--year", "1999").ExitCode);
        Assert.Equal(2, CliRun.InProcess("budget", RepositoryPaths.SampleContent, "--as-of", "nope").ExitCode);
    }
}
