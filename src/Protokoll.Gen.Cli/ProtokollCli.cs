using System.CommandLine;
using System.Globalization;
using Protokoll.Gen.Cli.Commands;

namespace Protokoll.Gen.Cli;

/// <summary>
/// The <c>protokoll</c> command line. Exit codes: 0 success, 1 findings with errors (or a failed build),
/// 2 usage errors and missing folders, so CI can tell "the content is wrong" from "the call is wrong".
/// </summary>
public static class ProtokollCli
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // Nothing the tool prints may depend on the machine's culture; formatting is explicit everywhere.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        var root = new RootCommand("Protokoll.Gen: meeting minutes as code. Checks agenda items against the budget and renders minutes, notices, extracts and budget summaries.")
        {
            CheckCommand.Create(),
            BudgetCommand.Create(),
            BuildCommand.Create(),
            ServeCommand.Create(),
            DeadlinesCommand.Create(),
            DiffCommand.Create(),
            InitCommand.Create(),
            NewCommand.Create(),
            ImportCommand.Create(),
        };

        // No response files: a value such as "--title @x" (or a file name that starts with @) is taken as written,
        // never as the name of a file to read arguments from.
        var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"protokoll: {parseError.Message}");
            }

            error.WriteLine("Run 'protokoll --help' for usage.");
            return UsageError;
        }

        // Ctrl-C cancels the running command; the default 2 s of grace is too short for `build --pdf` to close its
        // browser and delete its temporary profile, and a process that exits first leaves the profile behind.
        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = TimeSpan.FromSeconds(15) });
    }
}
