using System.Text.RegularExpressions;
using Protokoll.Gen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Protokoll.Gen.Tests.Ci;

/// <summary>
/// The shipped workflow and composite action: valid YAML, the inputs users set, standard actions only, and scripts
/// that call only this repository's commands (so a renamed command or option cannot silently break users' CI).
/// </summary>
public sealed partial class WorkflowTests
{
    private static readonly string Workflow = Path.Combine(RepositoryPaths.Root, ".github", "workflows", "protokoll.yml");
    private static readonly string Action = Path.Combine(RepositoryPaths.Root, "action.yml");

    /// <summary>The programs a script may start; "protokoll" is the one this repository builds.</summary>
    private static readonly HashSet<string> Programs = ["protokoll", "dotnet", "git", "echo", "sudo", "if", "then", "else", "fi"];

    /// <summary>
    /// The protokoll commands the scripts may call. "build" is the renderer's command (its own issue), with the
    /// syntax <c>protokoll build [DIR] [-o OUT] [--templates TDIR] [--pdf]</c>; the others are checked against the CLI.
    /// </summary>
    private static readonly HashSet<string> Commands = ["check", "diff", "build"];

    [Fact]
    public void The_workflow_checks_pull_requests_with_full_history_and_builds_pushes_to_main_through_the_action()
    {
        var root = Load(Workflow);

        var on = (YamlMappingNode)root["on"];
        Assert.True(on.Children.ContainsKey("pull_request"));
        Assert.Equal(["main"], ((YamlSequenceNode)on["push"]["branches"]).Select(b => b.ToString()));
        var steps = ((YamlSequenceNode)root["jobs"]["protokoll"]["steps"]).Cast<YamlMappingNode>().ToArray();
        var checkout = steps.Single(s => Uses(s).StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.Equal("0", checkout["with"]["fetch-depth"].ToString());
        Assert.Equal("content", steps.Single(s => Uses(s) == "./")["with"]["content"].ToString());
    }

    [Fact]
    public void The_action_is_composite_with_the_documented_inputs()
    {
        var root = Load(Action);

        Assert.Equal("composite", root["runs"]["using"].ToString());
        Assert.Equal(["content", "dotnet-version", "pdf", "base-ref", "output"],
            ((YamlMappingNode)root["inputs"]).Children.Keys.Select(k => k.ToString()));
        var scripts = string.Join("\n", Scripts(root));
        Assert.Contains("protokoll check \"$CONTENT\" --format github --summary \"$GITHUB_STEP_SUMMARY\" --base \"$base\"", scripts, StringComparison.Ordinal);
        Assert.Contains("protokoll build \"$CONTENT\" -o \"$OUTPUT\" --pdf", scripts, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y -qq --no-install-recommends chromium", scripts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("action.yml")]
    [InlineData(".github/workflows/protokoll.yml")]
    public void Only_standard_actions_and_the_repositorys_own_commands_are_used(string file)
    {
        var root = Load(Path.Combine(RepositoryPaths.Root, file));

        foreach (var uses in AllSteps(root).Select(Uses).Where(u => u.Length > 0))
        {
            Assert.Matches("^(actions/(checkout|setup-dotnet|upload-artifact)@v\\d+|\\./)$", uses);
        }

        foreach (var line in Scripts(root).SelectMany(s => s.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var program = line.Split(' ')[0];
            Assert.True(Programs.Contains(program) || program.Contains('=', StringComparison.Ordinal), $"{file} runs '{program}': {line}");
        }

        foreach (Match call in ProtokollCall().Matches(string.Join("\n", Scripts(root))))
        {
            var command = call.Groups[1].Value;
            Assert.Contains(command, Commands);
            if (command != "build")
            {
                Assert.Equal(0, CliRun.InProcess(command, "--help").ExitCode);
            }
        }

        foreach (Match call in DotnetCall().Matches(string.Join("\n", Scripts(root))))
        {
            Assert.Contains("/src/Protokoll.Gen.Cli/", call.Value, StringComparison.Ordinal);
        }
    }

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static IEnumerable<YamlMappingNode> AllSteps(YamlMappingNode root)
    {
        if (root.Children.TryGetValue("runs", out var runs))
        {
            return ((YamlSequenceNode)runs["steps"]).Cast<YamlMappingNode>();
        }

        return ((YamlMappingNode)root["jobs"]).Children.Values.SelectMany(job => ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>());
    }

    private static IEnumerable<string> Scripts(YamlMappingNode root) =>
        AllSteps(root).Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString());

    private static string Uses(YamlMappingNode step) => step.Children.TryGetValue("uses", out var uses) ? uses.ToString() : "";

    [GeneratedRegex(@"(?<![\w/.-])protokoll (\w+)")]
    private static partial Regex ProtokollCall();

    [GeneratedRegex(@"\bdotnet [^\n]*")]
    private static partial Regex DotnetCall();
}
