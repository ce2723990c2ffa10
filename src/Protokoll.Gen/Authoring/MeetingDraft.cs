using System.Globalization;
using System.Text;
using Protokoll.Gen.Loading;

namespace Protokoll.Gen.Authoring;

/// <summary>A meeting about to be created: <c>meetings/&lt;date&gt;-&lt;slug&gt;/meeting.yml</c>.</summary>
public sealed record MeetingDraft
{
    public required DateOnly Date { get; init; }
    public string? Title { get; init; }
    public string? Body { get; init; }

    /// <summary>Set when the meeting's amounts count against another year's budget than the year of its date.</summary>
    public int? BudgetYear { get; init; }

    /// <summary>The folder name: the date first so meetings sort by date, then the body's slug (or "mote").</summary>
    public string Id => $"{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{Slug.From(Body ?? "", "mote")}";

    public string FolderIn(string contentRoot) => Path.Combine(contentRoot, ContentFormat.MeetingsFolder, Id);

    public string FileIn(string contentRoot) => Path.Combine(FolderIn(contentRoot), ContentFormat.MeetingFile);

    public string ToFileText(string contentRoot, string? schemaFolder)
    {
        var yaml = new StringBuilder(SchemaFiles.EditorLine(FileIn(contentRoot), schemaFolder, SchemaFiles.Meeting));
        yaml.Append("date: ").Append(Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        if (!string.IsNullOrWhiteSpace(Title))
        {
            yaml.Append(YamlText.Entry("title", Title));
        }

        if (!string.IsNullOrWhiteSpace(Body))
        {
            yaml.Append(YamlText.Entry("body", Body));
        }

        if (BudgetYear is { } year)
        {
            yaml.Append("# The amounts of this meeting count against the budget of this year.\n")
                .Append("budget: ").Append(year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        // The optional keys, as a reminder of what the minutes can show; a secretary fills them in before the meeting.
        yaml.Append("# time: \"13.00–15.00\"\n# place: Digitalt via Teams\n# chair: Namn Namnsson\n# secretary: Namn Namnsson\n")
            .Append("# adjusters:\n#   - Namn Namnsson\n# attendees:\n#   - group: Styrgruppen\n#     people:\n#       - { name: Namn Namnsson, organisation: Organisation }\n");
        return yaml.ToString();
    }
}
