using System.CommandLine;
using Protokoll.Gen.Cli.Pdf;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Preview;
using Protokoll.Gen.Rendering;

namespace Protokoll.Gen.Cli.Commands;

/// <summary>
/// <c>protokoll build [DIR] [-o OUT] [--templates TDIR] [--edition internal|public] [--pdf] [--chromium PATH] [--watch]</c>:
/// checks, then renders minutes, notices, extracts and budget summaries into OUT, with a PDF beside each when asked.
/// With an error nothing is written and the previous OUT stays as it was. With <c>--watch</c> it builds again after
/// every change until Ctrl-C.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var folder = CommonOptions.ContentFolder();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The output folder (default: out). It is replaced whole by each build.",
            DefaultValueFactory = _ => "out",
        };
        var templates = CommonOptions.Templates();
        var edition = new Option<string>("--edition")
        {
            Description = "internal (default: everything) or public (without items marked 'public: false' and the fields listed in 'private:').",
            DefaultValueFactory = _ => "internal",
        };
        edition.AcceptOnlyFromAmong("internal", "public");
        var pdf = new Option<bool>("--pdf")
        {
            Description = "Also print each document (not the index) as a PDF beside its HTML, with a local Chromium (default: protokoll.yml's 'pdf:').",
        };
        var chromium = new Option<string?>("--chromium")
        {
            Description = $"The Chromium or Chrome executable for --pdf (default: ${Protokoll.Gen.Pdf.ChromiumLocator.EnvironmentVariable}, then the usual install paths).",
        };
        var watch = new Option<bool>("--watch")
        {
            Description = "Keep running: build again after every change of the content (or templates) folder, until Ctrl-C.",
        };

        var command = new Command("build", "Check the content, then write the minutes, notices, extracts and budget summaries as HTML (and PDF).")
        {
            folder, output, templates, edition, pdf, chromium, watch,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            if (CommonOptions.ResolveContentFolder(parseResult.GetValue(folder)!, stderr) is not { } root
                || !CommonOptions.ResolveTemplatesFolder(parseResult.GetValue(templates), stderr, out var templatesFolder))
            {
                return ProtokollCli.UsageError;
            }

            var outputFolder = parseResult.GetValue(output)!;
            if (Protokoll.Gen.Rendering.Output.OutputStaging.PathProblem(outputFolder) is { } outputProblem)
            {
                stderr.WriteLine($"protokoll: {outputProblem}");
                return ProtokollCli.UsageError;
            }

            var printing = new PdfBuildStep(parseResult.GetValue(pdf), parseResult.GetValue(chromium), Path.GetFullPath(outputFolder), stdout);
            if (!printing.CanStart())
            {
                stderr.WriteLine($"protokoll: {printing.UsageProblem}");
                return ProtokollCli.UsageError;
            }

            var request = new BuildRequest(root, outputFolder, templatesFolder,
                parseResult.GetValue(edition) == "public" ? Edition.Public : Edition.Internal)
            {
                BeforeCommit = printing.RunAsync,
            };
            if (parseResult.GetValue(watch))
            {
                return await WatchAsync(request, stdout, stderr, cancellationToken);
            }

            var outcome = await SiteBuild.RunAsync(request, cancellationToken);
            if (printing.UsageProblem is { } problem)
            {
                // pdf: true in protokoll.yml is only known once the content is read, so a missing browser can surface here.
                stderr.WriteLine($"protokoll: {problem}");
                return ProtokollCli.UsageError;
            }

            return Report(outcome, request.OutputFolder, stdout, stderr, printing.Printed);
        });
        return command;
    }

    internal static int Report(BuildOutcome outcome, string outputFolder, TextWriter stdout, TextWriter stderr, int pdfs = 0)
    {
        var here = Directory.GetCurrentDirectory();
        if (outcome.Findings.Count > 0)
        {
            var writer = outcome.Status == BuildStatus.Written ? stdout : stderr;
            foreach (var finding in outcome.Findings)
            {
                writer.WriteLine(FindingReport.Line(finding, here));
            }
        }

        switch (outcome.Status)
        {
            case BuildStatus.Written:
                var meetings = outcome.Analysis?.Content.Meetings.Count ?? 0;
                var printed = pdfs > 0 ? $" and {pdfs} PDF{(pdfs == 1 ? "" : "s")}" : "";
                stdout.WriteLine($"Wrote {outcome.Files.Count} files{printed} for {meetings} meeting{(meetings == 1 ? "" : "s")} to {FindingReport.Relative(Path.GetFullPath(outputFolder), here)}/.");
                return ProtokollCli.Success;
            case BuildStatus.Refused:
                stderr.WriteLine("protokoll: nothing was written.");
                return ProtokollCli.UsageError;
            default:
                stderr.WriteLine($"{FindingReport.Count(outcome.Findings)}; nothing was written, the previous output is unchanged.");
                return ProtokollCli.Failure;
        }
    }

    /// <summary>
    /// Builds on every change and reports each build as a single build would. Content errors do not stop it (the
    /// next save may fix them); an output folder that must not be written does (exit 2). Ctrl-C ends it with 0.
    /// </summary>
    private static async Task<int> WatchAsync(BuildRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        using var stop = new StopSignal(cancellationToken);
        var exitCode = ProtokollCli.Success;
        await BuildWatch.RunAsync(request, round =>
        {
            WatchReport.Changes(round, stdout);
            if (round.Outcome is not { } outcome)
            {
                stderr.WriteLine($"protokoll: the build could not finish: {round.Failure} The previous output is unchanged.");
            }
            else if (Report(outcome, request.OutputFolder, stdout, stderr) == ProtokollCli.UsageError)
            {
                exitCode = ProtokollCli.UsageError;
                return false;
            }

            if (round.Number == 1)
            {
                stdout.WriteLine($"Watching {WatchReport.Relative(request.ContentRoot)} for changes; Ctrl-C to stop.");
            }

            return true;
        }, stop.Token);
        return exitCode;
    }
}
