using System.Text.RegularExpressions;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests;

/// <summary>The README's promises, checked: its finding table, its first command's output, its template example.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

    [Fact]
    public void The_finding_code_table_lists_every_code_with_its_name_and_meaning()
    {
        var table = Between("<!-- finding-codes", "<!-- /finding-codes -->");
        var rows = TableRow().Matches(table).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value.Trim())).ToArray();

        Assert.Equal(FindingCodes.All.Select(c => (c.Code, c.Name, c.Meaning)), rows);
    }

    /// <summary>A newcomer copies the README's first line: it must build the sample and write the page it says to open.</summary>
    [Fact]
    public void The_first_command_builds_the_sample_into_the_folder_the_second_opens()
    {
        var block = Between("```sh\n", "```").Split('\n');
        var build = block[0][..block[0].IndexOf('#', StringComparison.Ordinal)].Trim();
        var open = block[1][..block[1].IndexOf('#', StringComparison.Ordinal)].Trim();
        const string Prefix = "dotnet run --project src/Protokoll.Gen.Cli -- ";
        Assert.StartsWith(Prefix, build, StringComparison.Ordinal);
        var args = build[Prefix.Length..].Split(' ');
        Assert.Equal(["build", "content", "-o", "out"], args);
        using var temp = TempContent.Minimal();
        var output = Path.Combine(temp.Directory, "out");

        var run = CliRun.InProcess("build", RepositoryPaths.SampleContent, "-o", output);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal("xdg-open out/index.html", open);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "2022-09-15-styrgrupp", "protokoll.html")));
        Assert.True(File.Exists(Path.Combine(output, "2022-09-15-styrgrupp", "kallelse.html")));
        Assert.True(File.Exists(Path.Combine(output, "2022-09-15-styrgrupp", "utdrag", "8.html")));
    }

    [Fact]
    public void The_budget_command_prints_the_table_shown_in_the_readme()
    {
        var shown = Between("computed from the sample in `content/`:\n\n```\n", "```");
        var run = CliRun.InProcess("budget", RepositoryPaths.SampleContent, "--year", "2022");

        Assert.Equal(shown, run.Output.Replace('\u00A0', ' '));
    }

    [Fact]
    public void The_template_override_example_works_as_documented()
    {
        var example = Between("<!-- override-example -->\n```html\n", "```");
        using var content = TempContent.FromSample();
        var folder = Path.Combine(content.Directory, "mallar", "partials");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "meeting-header.sbnhtml"), example);

        using var site = BuiltSite.Of(content.Root, "--templates", Path.Combine(content.Directory, "mallar"));

        Assert.Equal(0, site.Run.ExitCode);
        var minutes = site.Text("2022-09-15-styrgrupp/protokoll.html");
        Assert.Contains("Nätverket för hållbar landsbygd · Dnr KS 2022/0042", minutes, StringComparison.Ordinal);
        Assert.Contains("<h1>Protokoll: Styrgruppen 15 september 2022</h1>", minutes, StringComparison.Ordinal);
        Assert.Contains("Digitalt via Teams, 13.00–15.30", minutes, StringComparison.Ordinal);
        Assert.Contains("Vid protokollet", minutes, StringComparison.Ordinal);
    }

    [Fact]
    public void Money_and_date_helpers_format_for_the_locale()
    {
        using var content = TempContent.FromSample();
        var folder = Path.Combine(content.Directory, "mallar");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.sbnhtml"), "{{ money 1234.5 }}|{{ money_short 275740 }}|{{ long_date \"2022-03-08\" }}");

        using var site = BuiltSite.Of(content.Root, "--templates", folder);

        Assert.Equal("1\u00A0234,50\u00A0kr|275\u00A0740\u00A0kr|8 mars 2022", site.Text("index.html"));
    }

    private static string Between(string start, string end)
    {
        var from = Readme.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"README has no '{start}'");
        from += start.Length;
        var to = Readme.IndexOf(end, from, StringComparison.Ordinal);
        return Readme[from..to];
    }

    [GeneratedRegex(@"^\| (PG\d{3}) \| ([a-z-]+) \| (.+) \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
