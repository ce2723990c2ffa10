using System.CommandLine;
using Protokoll.Gen.Cli.Pdf;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Rendering;

namespace Protokoll.Gen.Cli.Commands;

/// <summary>
/// <c>protokoll build [DIR] [-o OUT] [--templates TDIR] [--edition internal|public] [--pdf] [--chromium PATH]</c>:
/// checks, then renders minutes, notices, extracts and budget summaries into OUT, with a PDF beside each when asked.
/// With an error nothing is written and the previous OUT stays as it was.
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
        var templates = new Option<string?>("--templates")
        {
            Description = "A folder of templates overriding the defaults by name (default: protokoll.yml's 'templates:').",
        };

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

        var command = new Command("build", "Check the content, then write the minutes, notices, extracts and budget summaries as HTML (and PDF).")
        {
            folder, output, templates, edition, pdf, chromium,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            if (CommonOptions.ResolveContentFolder(parseResult.GetValue(folder)!, stderr) is not { } root)
            {
                return ProtokollCli.UsageError;
            }

            var templatesFolder = parseResult.GetValue(templates);
            if (templatesFolder is not null && !Directory.Exists(templatesFolder))
            {
                stderr.WriteLine($"protokoll: the templates folder '{templatesFolder}' does not exist.");
                return ProtokollCli.UsageError;
            }

            var outputFolder = parseResult.GetValue(output)!;
            var printing = new PdfBuildStep(parseResult.GetValue(pdf), parseResult.GetValue(chromium), Path.GetFullPath(outputFolder), stdout);
            if (!printing.CanStart())
            {
                stderr.WriteLine($"protokoll: {printing.UsageProblem}");
                return ProtokollCli.UsageError;
            }

            var request = new BuildRequest(root, outputFolder, templatesFolder is null ? null : Path.GetFullPath(templatesFolder),
                parseResult.GetValue(edition) == "public" ? Edition.Public : Edition.Internal)
            {
                BeforeCommit = printing.RunAsync,
            };
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
}
