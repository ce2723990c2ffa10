using System.CommandLine;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Diff;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Git;
using Protokoll.Gen.Rendering.Summary;

namespace Protokoll.Gen.Cli.Commands;

/// <summary>
/// <c>protokoll check [DIR]</c>: every finding, one per line, then a count; exit 1 on errors. For pull requests it can
/// limit findings to changed files (<c>--changed-since</c>) and append a Markdown summary (<c>--summary</c>).
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var folder = CommonOptions.ContentFolder();
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (default), json, github (workflow annotations), sarif (SARIF 2.1.0) or gitlab (Code Quality report).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "github", "sarif", "gitlab");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Fail (exit 1) on warnings too." };
        var summary = new Option<string?>("--summary")
        {
            Description = "Append a Markdown summary (findings, budget per year, and the diff with --base) to this file, such as $GITHUB_STEP_SUMMARY.",
        };
        var baseRevision = new Option<string?>("--base") { Description = "Compare with this revision: report changes to minutes already adjusted (PG613), and with --summary add what the change does (as 'protokoll diff')." };
        var changedSince = new Option<string?>("--changed-since")
        {
            Description = "Report only findings in files changed since this revision (and errors they cause elsewhere, at the changed file).",
        };
        var locale = CommonOptions.Locale();

        var command = new Command("check", "Check the content folder against the format and the budget rules.")
        {
            folder, format, warningsAsErrors, summary, baseRevision, changedSince, locale,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (CommonOptions.ResolveContentFolder(parseResult.GetValue(folder)!, error) is not { } root)
            {
                return ProtokollCli.UsageError;
            }

            var summaryFile = parseResult.GetValue(summary);
            var baseName = parseResult.GetValue(baseRevision);
            var chosen = Enum.Parse<FindingFormat>(parseResult.GetValue(format)!, ignoreCase: true);
            var since = parseResult.GetValue(changedSince);
            var analysis = CheckSuite.Run(root);
            var findings = analysis.Findings;
            ContentDiff? diff = null;
            GitRevisionReader? repository;
            try
            {
                // git is asked only when a git answer is needed: a plain check works outside any repository.
                var needsGit = since is not null || baseName is not null;
                var needsRepositoryRoot = summaryFile is not null || chosen is not (FindingFormat.Text or FindingFormat.Json);
                repository = needsGit ? GitRevisionReader.Open(root) : needsRepositoryRoot ? GitRevisionReader.TryOpen(root) : null;
                if (since is not null)
                {
                    findings = ChangedScope.Limit(analysis, repository!.ChangedFiles(since));
                }

                if (baseName is not null)
                {
                    diff = ContentDiff.Between(repository!, root, baseName, null);
                    findings = FindingOrder.Sort(findings.Concat(diff.AdjustedMinutesChanges));
                }
            }
            catch (GitException exception)
            {
                error.WriteLine($"protokoll: {exception.Message}");
                return ProtokollCli.UsageError;
            }

            // Annotations, SARIF and Code Quality need repository-relative paths; text and json stay relative to
            // where the user stands, so that an editor can open them.
            var current = Directory.GetCurrentDirectory();
            var reportBase = chosen is FindingFormat.Text or FindingFormat.Json ? current : repository?.RepositoryRoot ?? current;
            output.Write(FindingReport.Write(findings, chosen, reportBase));

            if (summaryFile is not null)
            {
                var labels = Labels.Embedded(parseResult.GetValue(locale) ?? analysis.Content.Settings.Locale);
                try
                {
                    File.AppendAllText(summaryFile, CheckSummary.Markdown(analysis, findings, repository?.RepositoryRoot ?? current, labels, diff, since));
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"protokoll: cannot write the summary to '{summaryFile}': {exception.Message}");
                    return ProtokollCli.UsageError;
                }
            }

            var failed = findings.Any(f => f.IsError) || (parseResult.GetValue(warningsAsErrors) && findings.Count > 0);
            return failed ? ProtokollCli.Failure : ProtokollCli.Success;
        });
        return command;
    }
}
