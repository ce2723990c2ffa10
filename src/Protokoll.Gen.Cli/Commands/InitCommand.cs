using System.CommandLine;
using Protokoll.Gen.Authoring;
using Protokoll.Gen.Checks;

namespace Protokoll.Gen.Cli.Commands;

/// <summary><c>protokoll init [DIR]</c>: a content folder that checks clean, ready for the first meeting.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR")
        {
            Description = "The content folder to create. An existing empty folder is fine; existing files are never overwritten.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => CommonOptions.DefaultContentFolder,
        };
        var organisation = new Option<string>("--organisation")
        {
            Description = "The organisation's name, at the top of every document.",
            DefaultValueFactory = _ => SkeletonOptions.DefaultOrganisation,
        };
        var body = new Option<string>("--body")
        {
            Description = "The deciding body, such as Styrgruppen.",
            DefaultValueFactory = _ => SkeletonOptions.DefaultBody,
        };
        var date = AuthoringReport.DateOption("The first meeting's date, YYYY-MM-DD (default: today). The budget is for its year.");

        var command = new Command("init", "Create a content folder: settings, this year's budget, a first meeting with the opening items, and editor schemas.")
        {
            folder, organisation, body, date,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var root = Path.GetFullPath(parseResult.GetValue(folder)!);
            if (File.Exists(root))
            {
                error.WriteLine($"protokoll: {AuthoringReport.Shown(root)} is a file, not a folder.");
                return ProtokollCli.UsageError;
            }

            if (AuthoringReport.ParseDate(parseResult.GetValue(date), error) is not { } meetingDate)
            {
                return ProtokollCli.UsageError;
            }

            var options = new SkeletonOptions { Organisation = parseResult.GetValue(organisation)!, Body = parseResult.GetValue(body)!, Date = meetingDate };
            var files = ContentSkeleton.Plan(root, options);
            if (!AuthoringReport.TryWrite(files, error))
            {
                return ProtokollCli.UsageError;
            }

            foreach (var path in files.Paths)
            {
                output.WriteLine($"created {AuthoringReport.Shown(path)}");
            }

            var analysis = CheckSuite.Run(root);
            AuthoringReport.PrintFindingsFor(analysis, files.Paths, output);
            var shown = AuthoringReport.Shown(root);
            output.WriteLine($"Next: edit {shown}/protokoll.yml and the budget, then add items with 'protokoll new item --dir {shown} --meeting {analysis.Content.Meetings[0].Id} --title \"...\"'.");
            return analysis.HasErrors ? ProtokollCli.Failure : ProtokollCli.Success;
        });
        return command;
    }
}
