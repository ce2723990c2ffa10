using System.CommandLine;
using Protokoll.Gen.Authoring;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Import;

namespace Protokoll.Gen.Cli.Commands;

/// <summary>
/// <c>protokoll import FILE.md [-o DIR]</c>: legacy minutes into a new content folder, with a report of every
/// choice, every legacy figure that does not add up, and everything kept unmapped; then a check of the result.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("FILE") { Description = "The legacy minutes as Markdown (an export from a word processor or a PDF)." };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The content folder to create. Existing files are never overwritten.",
            DefaultValueFactory = _ => CommonOptions.DefaultContentFolder,
        };
        var date = AuthoringReport.DateOption("The meeting's date, YYYY-MM-DD (default: today, since legacy extracts rarely say).");
        var organisation = new Option<string>("--organisation")
        {
            Description = "The organisation's name for protokoll.yml.",
            DefaultValueFactory = _ => SkeletonOptions.DefaultOrganisation,
        };
        var body = new Option<string>("--body")
        {
            Description = "The deciding body, such as Styrgruppen.",
            DefaultValueFactory = _ => SkeletonOptions.DefaultBody,
        };

        var command = new Command("import", "Import legacy minutes (Markdown) into a new content folder: items, the budget, and a report.")
        {
            source, output, date, organisation, body,
        };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var file = parseResult.GetValue(source)!;
            if (!File.Exists(file))
            {
                error.WriteLine($"protokoll: the file '{file}' does not exist.");
                return ProtokollCli.UsageError;
            }

            var dateText = parseResult.GetValue(date);
            if (AuthoringReport.ParseDate(dateText, error) is not { } meetingDate)
            {
                return ProtokollCli.UsageError;
            }

            var root = Path.GetFullPath(parseResult.GetValue(output)!);
            var options = new ImportOptions
            {
                Date = meetingDate,
                DateGiven = dateText is not null,
                Organisation = parseResult.GetValue(organisation)!,
                Body = parseResult.GetValue(body)!,
            };
            var result = LegacyMinutesImporter.Plan(file, root, options);
            if (result.Files.Paths.Count == 0)
            {
                error.Write(FindingReport.Text(result.Findings, Directory.GetCurrentDirectory()));
                error.WriteLine("protokoll: nothing to import; nothing was written.");
                return ProtokollCli.Failure;
            }

            if (!AuthoringReport.TryWrite(result.Files, error))
            {
                return ProtokollCli.UsageError;
            }

            foreach (var path in result.Files.Paths)
            {
                stdout.WriteLine($"created {AuthoringReport.Shown(path)}");
            }

            stdout.WriteLine();
            foreach (var note in result.Notes)
            {
                stdout.WriteLine($"note: {note}");
            }

            stdout.WriteLine();
            stdout.WriteLine($"Findings in {AuthoringReport.Shown(file)}:");
            stdout.Write(FindingReport.Text(result.Findings, Directory.GetCurrentDirectory()));
            var analysis = CheckSuite.Run(root);
            stdout.WriteLine($"Check of {AuthoringReport.Shown(root)}:");
            stdout.Write(FindingReport.Text(analysis.Findings, Directory.GetCurrentDirectory()));
            return result.HasErrors || analysis.HasErrors ? ProtokollCli.Failure : ProtokollCli.Success;
        });
        return command;
    }
}
