using System.CommandLine;
using Protokoll.Gen.Budget;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Rendering.Budget;

namespace Protokoll.Gen.Cli.Commands;

/// <summary><c>protokoll budget [DIR]</c>: the budget table (total, reserved, remaining, a row per process) of a year.</summary>
internal static class BudgetCommand
{
    public static Command Create()
    {
        var folder = CommonOptions.ContentFolder();
        var year = new Option<int?>("--year") { Description = "The budget year (default: every year; required for json and csv when there are several)." };
        var asOf = new Option<string?>("--as-of") { Description = "Show the budget as it stood after this meeting (a meeting folder's name)." };
        var format = new Option<string>("--format")
        {
            Description = "text (default), md, json or csv.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "md", "json", "csv");
        var locale = new Option<string?>("--locale") { Description = "sv-SE or en-GB (default: protokoll.yml's locale)." };
        locale.AcceptOnlyFromAmong("sv-SE", "en-GB");

        var command = new Command("budget", "Print the budget summary: total, reserved and remaining, per process and stage.")
        {
            folder, year, asOf, format, locale,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (CommonOptions.ResolveContentFolder(parseResult.GetValue(folder)!, error) is not { } root)
            {
                return ProtokollCli.UsageError;
            }

            var analysis = CheckSuite.Run(root);
            var chosenFormat = parseResult.GetValue(format) switch
            {
                "md" => BudgetReportFormat.Markdown,
                "json" => BudgetReportFormat.Json,
                "csv" => BudgetReportFormat.Csv,
                _ => BudgetReportFormat.Text,
            };
            var labels = Labels.Embedded(parseResult.GetValue(locale) ?? analysis.Content.Settings.Locale);

            var states = SelectStates(analysis, parseResult.GetValue(year), parseResult.GetValue(asOf), chosenFormat, error);
            if (states is null)
            {
                return ProtokollCli.UsageError;
            }

            output.Write(string.Join("\n", states.Select(s => BudgetReport.Write(s, chosenFormat, labels, analysis.Content.Root))));
            var errors = analysis.Findings.Where(f => f.IsError).ToArray();
            if (errors.Length > 0)
            {
                error.Write(FindingReport.Text(errors, Directory.GetCurrentDirectory()));
                error.WriteLine("protokoll: the figures above may be wrong until these errors are fixed.");
                return ProtokollCli.Failure;
            }

            return ProtokollCli.Success;
        });
        return command;
    }

    private static List<BudgetState>? SelectStates(Analysis analysis, int? year, string? asOf, BudgetReportFormat format, TextWriter error)
    {
        var content = analysis.Content;
        if (asOf is not null)
        {
            if (content.FindMeeting(asOf) is not { } meeting)
            {
                error.WriteLine($"protokoll: there is no meeting '{asOf}'. Meetings: {string.Join(", ", content.Meetings.Select(m => m.Id))}.");
                return null;
            }

            if (year is not null && year != meeting.BudgetYear)
            {
                error.WriteLine($"protokoll: the meeting '{asOf}' counts against the {meeting.BudgetYear} budget, not {year}.");
                return null;
            }

            if (analysis.Ledger.StateAsOf(meeting) is not { } state)
            {
                error.WriteLine($"protokoll: there is no budget for {meeting.BudgetYear} (budgets/{meeting.BudgetYear}.yml).");
                return null;
            }

            return [state];
        }

        if (year is { } chosenYear)
        {
            if (analysis.Ledger.State(chosenYear) is { } state)
            {
                return [state];
            }

            error.WriteLine($"protokoll: there is no budget for {chosenYear}. Budgets: {string.Join(", ", content.Budgets.Select(b => b.Year))}.");
            return null;
        }

        if (content.Budgets.Count == 0)
        {
            error.WriteLine("protokoll: the content folder has no budgets (budgets/<year>.yml).");
            return null;
        }

        if (content.Budgets.Count > 1 && format is BudgetReportFormat.Json or BudgetReportFormat.Csv)
        {
            error.WriteLine($"protokoll: there are budgets for several years ({string.Join(", ", content.Budgets.Select(b => b.Year))}); choose one with --year.");
            return null;
        }

        return content.Budgets.Select(b => analysis.Ledger.State(b.Year)!).ToList();
    }
}
