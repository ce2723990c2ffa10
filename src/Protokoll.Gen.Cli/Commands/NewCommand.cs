using System.CommandLine;

namespace Protokoll.Gen.Cli.Commands;

/// <summary><c>protokoll new meeting|item</c>: one new file with a correct name, number and front matter.</summary>
internal static class NewCommand
{
    public static Command Create() =>
        new("new", "Create a meeting or an agenda item with the next free number; existing files are never overwritten.")
        {
            NewMeetingCommand.Create(),
            NewItemCommand.Create(),
        };

    /// <summary>The content folder of the <c>new</c> commands: an option, since the subcommand takes the positional slot.</summary>
    public static Option<string> ContentFolderOption() => new("--dir")
    {
        Description = "The content folder.",
        DefaultValueFactory = _ => CommonOptions.DefaultContentFolder,
    };
}
