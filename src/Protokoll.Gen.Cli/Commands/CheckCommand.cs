using System.CommandLine;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Cli.Commands;

/// <summary><c>protokoll check [DIR]</c>: every finding, one per line, then a count; exit 1 on errors.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var folder = CommonOptions.ContentFolder();
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (default), json, github (workflow annotations) or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "github", "sarif");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Fail (exit 1) on warnings too." };

        var command = new Command("check", "Check the content folder against the format and the budget rules.")
        {
            folder, format, warningsAsErrors,
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
            var chosen = Enum.Parse<FindingFormat>(parseResult.GetValue(format)!, ignoreCase: true);
            output.Write(FindingReport.Write(analysis.Findings, chosen, Directory.GetCurrentDirectory()));
            var failed = analysis.HasErrors || (parseResult.GetValue(warningsAsErrors) && analysis.Findings.Count > 0);
            return failed ? ProtokollCli.Failure : ProtokollCli.Success;
        });
        return command;
    }
}
