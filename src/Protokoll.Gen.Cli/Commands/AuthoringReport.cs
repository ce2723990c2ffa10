using System.CommandLine;
using System.Globalization;
using Protokoll.Gen.Authoring;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Cli.Commands;

/// <summary>What the authoring commands (init, new, import) share: dates, refusals, and the check of what they wrote.</summary>
internal static class AuthoringReport
{
    public static Option<string?> DateOption(string description) => new("--date") { Description = description };

    /// <summary>The option's date, today's when not given, or null after telling the user the date is unreadable.</summary>
    public static DateOnly? ParseDate(string? text, TextWriter error)
    {
        if (text is null)
        {
            return DateOnly.FromDateTime(DateTime.Now);
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error.WriteLine($"protokoll: '{text}' is not a date; write it YYYY-MM-DD, such as 2022-09-15.");
        return null;
    }

    /// <summary>Writes the files, or returns false after naming the first one that exists: nothing is ever overwritten.</summary>
    public static bool TryWrite(NewFiles files, TextWriter error)
    {
        if (files.FirstExisting() is { } existing)
        {
            error.WriteLine($"protokoll: {Shown(existing)} already exists; protokoll never overwrites a file. Nothing was written.");
            return false;
        }

        try
        {
            files.Write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"protokoll: cannot write the files: {e.Message}");
            return false;
        }
    }

    /// <summary>Prints the findings located in <paramref name="files"/> and returns whether any is an error.</summary>
    public static bool PrintFindingsFor(Analysis analysis, IReadOnlyCollection<string> files, TextWriter output)
    {
        var mine = analysis.Findings.Where(f => files.Contains(Path.GetFullPath(f.Location.File))).ToArray();
        output.Write(FindingReport.Text(mine, Directory.GetCurrentDirectory()));
        return mine.Any(f => f.IsError);
    }

    /// <summary>A path as the user would type it from the current directory.</summary>
    public static string Shown(string path) => FindingReport.Relative(Path.GetFullPath(path), Directory.GetCurrentDirectory());
}
