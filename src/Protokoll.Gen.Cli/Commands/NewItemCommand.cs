using System.CommandLine;
using Protokoll.Gen.Authoring;
using Protokoll.Gen.Budget;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Loading;

namespace Protokoll.Gen.Cli.Commands;

/// <summary>
/// <c>protokoll new item --meeting ID --title "…"</c>: the next free number, a file named after the title, front
/// matter that reads back exactly; then the new item's findings and what is left of its process's budget.
/// </summary>
internal static class NewItemCommand
{
    public static Command Create()
    {
        var folder = NewCommand.ContentFolderOption();
        var meeting = new Option<string>("--meeting") { Description = "The meeting's folder name, such as 2022-09-15-styrgrupp.", Required = true };
        var title = new Option<string>("--title") { Description = "The item's heading.", Required = true };
        var type = new Option<string?>("--type") { Description = "information, decision or discussion (default: decision when there is an amount)." };
        // Spelled out like every other option's values: reading ContentFormat.ItemTypes here ran the content format's
        // static set-up at every start, and the framework-dependent tool compiled four enum dictionaries for it, 9 of
        // its 66 ms for --version. NewCommandTests holds the two lists equal.
        type.AcceptOnlyFromAmong("information", "decision", "discussion");
        var process = new Option<string?>("--process") { Description = "The budget process that receives the amount." };
        var stage = new Option<string?>("--stage") { Description = "The budget stage key, such as step1." };
        var amount = new Option<string?>("--amount") { Description = "The amount in kronor, such as 275740 or \"275 740 kr\"." };

        var command = new Command("item", "Create an agenda item in a meeting, numbered after the highest existing one.")
        {
            folder, meeting, title, type, process, stage, amount,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (CommonOptions.ResolveContentFolder(parseResult.GetValue(folder)!, error) is not { } root)
            {
                return ProtokollCli.UsageError;
            }

            var content = ContentLoader.Load(root).Content;
            var meetingId = parseResult.GetValue(meeting)!;
            if (content.FindMeeting(meetingId) is not { } target)
            {
                error.WriteLine($"protokoll: there is no meeting '{meetingId}' with a readable meeting.yml.{Suggestions.DidYouMean(meetingId, content.Meetings.Select(m => m.Id))} Meetings: {string.Join(", ", content.Meetings.Select(m => m.Id))}. Create one with 'protokoll new meeting --date YYYY-MM-DD'.");
                return ProtokollCli.UsageError;
            }

            decimal? money = null;
            if (parseResult.GetValue(amount) is { } amountText)
            {
                var parsed = AmountParser.Parse(amountText);
                if (!parsed.IsValid)
                {
                    error.WriteLine($"protokoll: {parsed.Message}");
                    return ProtokollCli.UsageError;
                }

                money = parsed.Value;
            }

            var draft = new ItemDraft
            {
                Number = ItemPlacement.NextNumber(content, target),
                Title = parseResult.GetValue(title)!.Trim(),
                Type = parseResult.GetValue(type) ?? (money is null ? null : "decision"),
                Process = parseResult.GetValue(process)?.Trim(),
                Stage = parseResult.GetValue(stage)?.Trim(),
                Amount = money,
            };
            var file = Path.Combine(Path.GetDirectoryName(target.File)!, draft.FileName);
            var files = new NewFiles();
            files.Add(file, draft.ToFileText());
            if (!AuthoringReport.TryWrite(files, error))
            {
                return ProtokollCli.UsageError;
            }

            output.WriteLine($"created {AuthoringReport.Shown(file)} (item {draft.Number})");
            var analysis = CheckSuite.Run(root);
            var failed = AuthoringReport.PrintFindingsFor(analysis, files.Paths, output);
            PrintBudget(analysis, target.BudgetYear, draft.Process, output);
            return failed ? ProtokollCli.Failure : ProtokollCli.Success;
        });
        return command;
    }

    /// <summary>What is left once the new item counts: its process's total per stage, and the year's remaining.</summary>
    private static void PrintBudget(Analysis analysis, int year, string? process, TextWriter output)
    {
        if (analysis.Ledger.State(year) is not BudgetState state)
        {
            if (process is not null)
            {
                output.WriteLine($"There is no budget for {year} (budgets/{year}.yml), so the amount counts against nothing yet.");
            }

            return;
        }

        var locale = analysis.Content.Settings.Locale;
        if (process is not null && state.Processes.FirstOrDefault(p => p.Name == process) is { } row)
        {
            var cells = string.Join(", ", row.Cells.Select(c => $"{state.Stages.First(s => s.Key == c.Stage).Label}: {MoneyFormatter.Format(c.Amount, locale)}"));
            output.WriteLine($"{process}: {MoneyFormatter.Format(row.Total, locale)} reserved in {year} ({cells}).");
        }

        output.WriteLine($"Budget {year}: {MoneyFormatter.Format(state.Total, locale)} total, {MoneyFormatter.Format(state.Reserved, locale)} reserved, {MoneyFormatter.Format(state.Remaining, locale)} remaining.");
    }
}
