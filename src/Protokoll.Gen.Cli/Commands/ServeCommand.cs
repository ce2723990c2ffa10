using System.CommandLine;
using System.Globalization;
using System.Net.Sockets;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Preview;
using Protokoll.Gen.Rendering;

namespace Protokoll.Gen.Cli.Commands;

/// <summary>
/// <c>protokoll serve [DIR] [--port N] [--templates TDIR]</c>: a live preview on 127.0.0.1. It builds into a private
/// temporary folder (never <c>out</c>, never inside the content), serves it, builds again on every change and
/// makes open pages reload. A failed build keeps the last good one on screen with its findings in a banner at the
/// top of every page. Ctrl-C stops it with exit code 0 and removes the temporary folder.
/// </summary>
internal static class ServeCommand
{
    public const int DefaultPort = 4000;

    public static Command Create()
    {
        var folder = CommonOptions.ContentFolder();
        var port = new Option<int>("--port", "-p")
        {
            Description = $"The port on 127.0.0.1 (default: {DefaultPort}); 0 picks a free one.",
            DefaultValueFactory = _ => DefaultPort,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535.");
            }
        });
        var templates = CommonOptions.Templates();

        var command = new Command("serve", "Preview the minutes in a browser on this computer; pages reload after every change, and show findings at the top.")
        {
            folder, port, templates,
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

            var temporary = Directory.CreateTempSubdirectory("protokoll-serve-");
            try
            {
                var site = Path.Combine(temporary.FullName, "site");
                PreviewServer server;
                try
                {
                    server = PreviewServer.Start(parseResult.GetValue(port), site);
                }
                catch (SocketException exception)
                {
                    stderr.WriteLine($"protokoll: cannot listen on 127.0.0.1:{parseResult.GetValue(port)}: {exception.Message}. Choose another --port, or --port 0 for a free one.");
                    return ProtokollCli.UsageError;
                }

                using (server)
                using (var stop = new StopSignal(cancellationToken))
                {
                    return await ServeAsync(server, new BuildRequest(root, site, templatesFolder), stdout, stderr, stop.Token);
                }
            }
            finally
            {
                RemoveQuietly(temporary);
            }
        });
        return command;
    }

    private static async Task<int> ServeAsync(PreviewServer server, BuildRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var serving = server.ServeAsync(stop.Token);
        stdout.WriteLine($"Building into {request.OutputFolder} (private to this preview; removed when it stops).");
        var exitCode = ProtokollCli.Success;
        var lastGood = 0;
        await BuildWatch.RunAsync(request, round =>
        {
            WatchReport.Changes(round, stdout);
            var here = Directory.GetCurrentDirectory();
            var still = lastGood > 0 ? $"still serving build {lastGood.ToString(CultureInfo.InvariantCulture)}" : "nothing to serve yet";
            string[] problems;
            if (round.Outcome is { Status: BuildStatus.Written } written)
            {
                foreach (var finding in written.Findings)
                {
                    stdout.WriteLine(FindingReport.Line(finding, here));
                }

                lastGood = round.Number;
                problems = [];
                stdout.WriteLine($"Build {round.Number}: {written.Files.Count} files.");
            }
            else if (round.Outcome is { Status: BuildStatus.Refused } refused)
            {
                // The content folder holds the temporary folder (content under the system's temp folder, say): no change fixes that.
                foreach (var finding in refused.Findings)
                {
                    stderr.WriteLine(FindingReport.Line(finding, here));
                }

                exitCode = ProtokollCli.UsageError;
                return false;
            }
            else if (round.Outcome is { } failed)
            {
                problems = [.. failed.Findings.Select(f => FindingReport.Line(f, here))];
                foreach (var line in problems)
                {
                    stderr.WriteLine(line);
                }

                stderr.WriteLine($"Build {round.Number} failed: {FindingReport.Count(failed.Findings)}; {still}.");
            }
            else
            {
                problems = [$"The build could not finish: {round.Failure}"];
                stderr.WriteLine($"Build {round.Number} could not finish: {round.Failure} {still}.");
            }

            server.Publish(new PreviewState(round.Number, lastGood > 0, problems));
            if (round.Number == 1)
            {
                stdout.WriteLine($"Serving {server.Address} (only on this computer); pages reload after every change. Ctrl-C to stop.");
            }

            return true;
        }, cancellationToken);

        await stop.CancelAsync();
        await serving;
        return exitCode;
    }

    private static void RemoveQuietly(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left in the system's temp folder, which the system cleans; stopping must not fail over it.
        }
    }
}
