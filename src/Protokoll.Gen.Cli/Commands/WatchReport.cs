using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Preview;

namespace Protokoll.Gen.Cli.Commands;

/// <summary>What <c>build --watch</c> and <c>serve</c> print about the changes that started a build.</summary>
internal static class WatchReport
{
    public static void Changes(BuildRound round, TextWriter stdout)
    {
        if (round.Changes.Count == 0)
        {
            return;
        }

        var more = round.Changes.Count - 1;
        stdout.WriteLine($"Changed: {Relative(round.Changes[0])}{(more > 0 ? $" and {more} more" : "")}; building again.");
    }

    public static string Relative(string path) => FindingReport.Relative(path, Directory.GetCurrentDirectory());
}
