using System.CommandLine;

namespace Protokoll.Gen.Cli.Commands;

/// <summary>Arguments and options shared by several commands, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public const string DefaultContentFolder = "content";

    public static Argument<string> ContentFolder() => new("DIR")
    {
        Description = "The content folder (protokoll.yml, budgets/, meetings/).",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => DefaultContentFolder,
    };

    public static Option<string?> Locale()
    {
        var locale = new Option<string?>("--locale") { Description = "sv-SE or en-GB (default: protokoll.yml's locale)." };
        locale.AcceptOnlyFromAmong("sv-SE", "en-GB");
        return locale;
    }

    public static Option<string?> Templates() => new("--templates")
    {
        Description = "A folder of templates overriding the defaults by name (default: protokoll.yml's 'templates:').",
    };

    /// <summary>
    /// False after telling the user the templates folder does not exist; otherwise true, with the folder as a full
    /// path (null when none was given).
    /// </summary>
    public static bool ResolveTemplatesFolder(string? folder, TextWriter error, out string? full)
    {
        full = folder is null ? null : Path.GetFullPath(folder);
        if (full is null || Directory.Exists(full))
        {
            return true;
        }

        error.WriteLine($"protokoll: the templates folder '{folder}' does not exist.");
        return false;
    }

    /// <summary>The folder as a full path, or null after telling the user it does not exist.</summary>
    public static string? ResolveContentFolder(string folder, TextWriter error)
    {
        var full = Path.GetFullPath(folder);
        if (Directory.Exists(full))
        {
            return full;
        }

        error.WriteLine($"protokoll: the content folder '{folder}' does not exist. Give the folder that holds protokoll.yml, or run 'protokoll init {folder}' to create one.");
        return null;
    }
}
