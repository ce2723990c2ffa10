using System.CommandLine;
using Protokoll.Gen.Authoring;
using Protokoll.Gen.Checks;

namespace Protokoll.Gen.Cli.Commands;

/// <summary><c>protokoll new meeting --date YYYY-MM-DD</c>: <c>meetings/&lt;date&gt;-&lt;body&gt;/meeting.yml</c>.</summary>
internal static class NewMeetingCommand
{
    public static Command Create()
    {
        var folder = NewCommand.ContentFolderOption();
        var date = new Option<string>("--date") { Description = "The meeting's date, YYYY-MM-DD.", Required = true };
        var body = new Option<string?>("--body") { Description = "The deciding body when not the usual one; also names the folder (default: 'mote')." };
        var title = new Option<string?>("--title") { Description = "The meeting's heading, such as Styrgruppsmöte." };

        var command = new Command("meeting", "Create a meeting folder with its meeting.yml.") { folder, date, body, title };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (CommonOptions.ResolveContentFolder(parseResult.GetValue(folder)!, error) is not { } root
                || AuthoringReport.ParseDate(parseResult.GetValue(date), error) is not { } meetingDate)
            {
                return ProtokollCli.UsageError;
            }

            var draft = new MeetingDraft { Date = meetingDate, Body = parseResult.GetValue(body), Title = parseResult.GetValue(title) };
            var file = draft.FileIn(root);
            var files = new NewFiles();
            files.Add(file, draft.ToFileText(root, SchemaFiles.FolderFor(root)));
            if (!AuthoringReport.TryWrite(files, error))
            {
                return ProtokollCli.UsageError;
            }

            output.WriteLine($"created {AuthoringReport.Shown(file)}");
            var failed = AuthoringReport.PrintFindingsFor(CheckSuite.Run(root), files.Paths, output);
            output.WriteLine($"Next: protokoll new item --dir {AuthoringReport.Shown(root)} --meeting {draft.Id} --title \"...\"");
            return failed ? ProtokollCli.Failure : ProtokollCli.Success;
        });
        return command;
    }
}
