using Protokoll.Gen.Authoring;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Cli;

public sealed class InitCommandTests
{
    [Fact]
    public void Init_makes_a_folder_that_checks_clean_with_this_years_budget_and_the_opening_items()
    {
        using var temp = TempContent.Empty();
        var folder = Path.Combine(temp.Directory, "protokoll");
        var today = DateOnly.FromDateTime(DateTime.Now);

        var init = CliRun.InProcess("init", folder, "--organisation", "Nätverket: för landsbygd", "--body", "Styrgruppen");
        var check = CliRun.InProcess("check", folder);

        Assert.Equal(0, init.ExitCode);
        Assert.Equal((0, "No findings.\n"), (check.ExitCode, check.Output));
        Assert.True(File.Exists(Path.Combine(folder, "budgets", $"{today.Year}.yml")));
        var meeting = Assert.Single(Directory.GetDirectories(Path.Combine(folder, "meetings")));
        Assert.Equal($"{today:yyyy-MM-dd}-styrgruppen", Path.GetFileName(meeting));
        Assert.Equal(
            ["01-motets-oppnande.md", "02-val-av-sekreterare.md", "03-val-av-justerare.md", "04-foregaende-protokoll.md", "meeting.yml"],
            Directory.GetFiles(meeting).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("organisation: \"Nätverket: för landsbygd\"\n", File.ReadAllText(Path.Combine(folder, "protokoll.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_budget_has_two_stages_and_example_processes()
    {
        using var temp = TempContent.Empty();
        var folder = Path.Combine(temp.Directory, "c");
        CliRun.InProcess("init", folder, "--date", "2031-02-03");

        var budget = CliRun.InProcess("budget", folder);

        Assert.Equal(0, budget.ExitCode);
        Assert.Matches(@"\nProcess +Steg 1 +Budget process\n", budget.Output);
        Assert.Contains("Exempelprocess A", budget.Output, StringComparison.Ordinal);
        Assert.Contains("Total budget 2031", budget.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_yaml_files_point_at_schemas_written_inside_the_folder()
    {
        using var temp = TempContent.Empty();
        var folder = Path.Combine(temp.Directory, "c");
        CliRun.InProcess("init", folder, "--date", "2031-02-03");

        Assert.StartsWith("# yaml-language-server: $schema=.schemas/protokoll.schema.json\n", File.ReadAllText(Path.Combine(folder, "protokoll.yml")), StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server: $schema=../.schemas/budget.schema.json\n", File.ReadAllText(Path.Combine(folder, "budgets", "2031.yml")), StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server: $schema=../../.schemas/meeting.schema.json\n",
            File.ReadAllText(Path.Combine(folder, "meetings", "2031-02-03-styrgruppen", "meeting.yml")), StringComparison.Ordinal);
        foreach (var name in SchemaFiles.Names)
        {
            Assert.Equal(SchemaFiles.Read(name), File.ReadAllText(Path.Combine(folder, ".schemas", name)));
        }
    }

    [Fact]
    public void An_empty_existing_folder_is_fine()
    {
        using var temp = TempContent.Empty();

        var run = CliRun.InProcess("init", temp.Root, "--date", "2031-02-03");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(temp.PathOf("protokoll.yml")));
    }

    [Fact]
    public void Init_refuses_to_overwrite_and_names_the_file_and_writes_nothing()
    {
        using var temp = TempContent.Empty();
        var settings = temp.Write("protokoll.yml", "organisation: Min\nbody: Egen\n");

        var run = CliRun.AsProcess(temp.Directory, "init", "content");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("content/protokoll.yml already exists", run.Error, StringComparison.Ordinal);
        Assert.Equal("organisation: Min\nbody: Egen\n", File.ReadAllText(settings));
        Assert.Equal(["protokoll.yml"], Directory.GetFileSystemEntries(temp.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_second_init_refuses()
    {
        using var temp = TempContent.Empty();
        CliRun.InProcess("init", temp.Root, "--date", "2031-02-03");
        var before = File.ReadAllText(temp.PathOf("budgets/2031.yml"));

        var again = CliRun.InProcess("init", temp.Root, "--date", "2031-02-03", "--organisation", "Annan");

        Assert.Equal(2, again.ExitCode);
        Assert.Equal(before, File.ReadAllText(temp.PathOf("budgets/2031.yml")));
    }

    [Fact]
    public void An_unreadable_date_is_a_usage_error()
    {
        using var temp = TempContent.Empty();

        var run = CliRun.InProcess("init", temp.Root, "--date", "15/9/2022");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Root));
    }
}
