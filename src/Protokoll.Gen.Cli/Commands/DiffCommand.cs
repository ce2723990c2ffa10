using System.CommandLine;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Diff;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Git;

namespace Protokoll.Gen.Cli.Commands;

/// <summary>
/// <c>protokoll diff [DIR] --base REV [--head REV]</c>: what a change does to the meetings and the budget, read from the
/// repository's revisions (head default: the working tree). Exit 2 when a revision is missing, with the fetch to run.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var folder = CommonOptions.ContentFolder();
        var baseRevision = new Option<string>("--base")
        {
            Description = "The revision to compare from (a branch, tag or commit, such as origin/main).",
            Required = true,
        };
        var headRevision = new Option<string?>("--head") { Description = "The revision to compare to (default: the working tree)." };
        var format = new Option<string>("--format")
        {
            Description = "text (default), md or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "md", "json");
        var locale = CommonOptions.Locale();

        var command = new Command("diff", "Compare the content at two git revisions: items added, changed and removed, and the budget before and after.")
        {
            folder, baseRevision, headRevision, format, locale,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (CommonOptions.ResolveContentFolder(parseResult.GetValue(folder)!, error) is not { } root)
            {
                return ProtokollCli.UsageError;
            }

            ContentDiff diff;
            try
            {
                diff = ContentDiff.Between(GitRevisionReader.Open(root), root, parseResult.GetValue(baseRevision)!, parseResult.GetValue(headRevision));
            }
            catch (GitException exception)
            {
                error.WriteLine($"protokoll: {exception.Message}");
                return ProtokollCli.UsageError;
            }

            var chosen = parseResult.GetValue(format) switch
            {
                "md" => DiffFormat.Markdown,
                "json" => DiffFormat.Json,
                _ => DiffFormat.Text,
            };
            output.Write(DiffReport.Write(diff, chosen, Labels.Embedded(parseResult.GetValue(locale) ?? diff.Locale)));
            if (diff.AdjustedMinutesChanges.Count > 0)
            {
                // Adjusted minutes are a signed record: changing them is an error in the change, whatever the diff shows.
                error.Write(FindingReport.Text(diff.AdjustedMinutesChanges, Directory.GetCurrentDirectory()));
                return ProtokollCli.Failure;
            }

            return ProtokollCli.Success;
        });
        return command;
    }
}
