using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Cli;

public sealed class HelpTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("budget")]
    [InlineData("build")]
    [InlineData("serve")]
    [InlineData("init")]
    [InlineData("new")]
    [InlineData("new", "meeting")]
    [InlineData("new", "item")]
    [InlineData("import")]
    public void Every_command_explains_itself_with_help(params string[] command)
    {
        var run = CliRun.InProcess([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        // In process the root command is named after the test host, so only the subcommand part is compared.
        Assert.Matches($@"Usage:\n  \S+ {string.Join(' ', command)} ", run.Output.ReplaceLineEndings("\n"));
        Assert.Contains("Options:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_release_number()
    {
        var run = CliRun.InProcess("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\n$", run.Output.ReplaceLineEndings("\n"));
    }
}
