using System.CommandLine;
using System.Globalization;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Deadlines;
using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Cli.Commands;

/// <summary>
/// <c>protokoll deadlines [DIR]</c>: per meeting, the justering and anslag deadlines and the last day of the appeal
/// period, with a warning for each deadline passed without the step recorded. Exit 1 only when the content itself
/// has errors; missed deadlines are warnings, since they cannot be undone by editing files.
/// </summary>
internal static class DeadlinesCommand
{
    public static Command Create()
    {
        var folder = CommonOptions.ContentFolder();
        var meeting = new Option<string?>("--meeting") { Description = "Only this meeting (a meeting folder's name)." };
        var format = new Option<string>("--format")
        {
            Description = "text (default) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var today = new Option<string?>("--today") { Description = "The day to measure missed deadlines against, YYYY-MM-DD (default: today's date on this machine)." };

        var command = new Command("deadlines", "Print each meeting's justering, anslag and appeal deadlines, and warn about those missed.")
        {
            folder, meeting, format, today,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (CommonOptions.ResolveContentFolder(parseResult.GetValue(folder)!, error) is not { } root)
            {
                return ProtokollCli.UsageError;
            }

            var day = DateOnly.FromDateTime(DateTime.Now);
            if (parseResult.GetValue(today) is { } written
                && !DateOnly.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                error.WriteLine($"protokoll: --today must be a date written YYYY-MM-DD, such as 2022-12-31; '{written}' is not.");
                return ProtokollCli.UsageError;
            }

            var analysis = CheckSuite.Run(root);
            var meetings = analysis.Content.Meetings;
            if (parseResult.GetValue(meeting) is { } id)
            {
                if (analysis.Content.FindMeeting(id) is not { } chosen)
                {
                    error.WriteLine($"protokoll: there is no meeting '{id}'. Meetings: {string.Join(", ", meetings.Select(m => m.Id))}.");
                    return ProtokollCli.UsageError;
                }

                meetings = [chosen];
            }

            var deadlines = meetings.Select(m => DeadlineCalculator.For(m, day)).ToArray();
            var baseDirectory = Directory.GetCurrentDirectory();
            output.Write(parseResult.GetValue(format) == "json"
                ? DeadlineReport.Json(deadlines, baseDirectory)
                : DeadlineReport.Text(deadlines, baseDirectory));

            var errors = analysis.Findings.Where(f => f.IsError).ToArray();
            if (errors.Length > 0)
            {
                error.Write(FindingReport.Text(errors, baseDirectory));
                error.WriteLine("protokoll: the deadlines above may be wrong until these errors are fixed.");
                return ProtokollCli.Failure;
            }

            return ProtokollCli.Success;
        });
        return command;
    }
}
