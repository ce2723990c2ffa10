using System.Text.Json;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Cli;

public sealed class DeadlinesCommandTests
{
    [Fact]
    public void The_samples_deadlines_as_text()
    {
        var run = CliRun.AsProcess(RepositoryPaths.Root, "deadlines", "content", "--today", "2022-12-10");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Output, "txt", "Sample_text");
    }

    [Fact]
    public void Json_gives_each_meetings_dates_and_warnings()
    {
        var run = CliRun.InProcess("deadlines", RepositoryPaths.SampleContent, "--today", "2022-12-10", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var first = document.RootElement[0];
        Assert.Equal(["PG611", "PG612"], first.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("appeal").GetProperty("last_day").ValueKind);
        var second = document.RootElement[1];
        Assert.Equal("2022-12-08", second.GetProperty("adjustment").GetProperty("deadline").GetString());
        // Two days after the justering is Saturday 3 December: the anslag may go up on Monday 5 December (lag (1930:173)).
        Assert.Equal("2022-12-05", second.GetProperty("notice").GetProperty("deadline").GetString());
        Assert.Equal("2022-12-03", second.GetProperty("notice").GetProperty("deadline_counted").GetString());
        Assert.False(second.GetProperty("appeal").TryGetProperty("last_day_counted", out _));
        Assert.Equal("2022-12-23", second.GetProperty("appeal").GetProperty("last_day").GetString());
        Assert.Equal("11 a", second.GetProperty("urgent_items")[0].GetProperty("number").GetString());
        Assert.Empty(second.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public void One_meeting_on_request()
    {
        var run = CliRun.InProcess("deadlines", RepositoryPaths.SampleContent, "--meeting", "2022-11-24-styrgrupp", "--today", "2022-12-10");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("2022-09-15", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("No deadlines missed.\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_today_the_clock_decides_and_the_command_still_succeeds()
    {
        var run = CliRun.InProcess("deadlines", RepositoryPaths.SampleContent, "--meeting", "2022-11-24-styrgrupp");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("adjusted 2022-12-01", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--meeting", "nope")]
    [InlineData("--today", "10/12/2022")]
    [InlineData("--format", "csv")]
    public void A_wrong_option_value_is_a_usage_error(string option, string value)
    {
        var run = CliRun.InProcess("deadlines", RepositoryPaths.SampleContent, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(value, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_errors_give_exit_1_after_the_deadlines()
    {
        using var content = TempContent.Minimal();
        content.Write("meetings/2022-03-08-styrgrupp/meeting.yml", "date: 2022-03-08\nadjustment: { date: 2022-04-30, status: adjusted }\n");

        var run = CliRun.InProcess("deadlines", content.Root, "--today", "2022-05-10");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("justering: due 2022-03-22, adjusted 2022-04-30", run.Output, StringComparison.Ordinal);
        Assert.Contains("PG607", run.Error, StringComparison.Ordinal);
    }
}
