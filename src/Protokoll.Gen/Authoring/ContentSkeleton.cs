using System.Globalization;
using System.Text;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Authoring;

/// <summary>
/// The files of a new content folder (<c>protokoll init</c>): settings, a budget for the meeting's year with two
/// stages and two example processes, one meeting with the standard opening items, and the JSON Schemas in
/// <c>.schemas/</c> that the YAML files point at. The result passes <c>protokoll check</c> as it is.
/// </summary>
public static class ContentSkeleton
{
    public static NewFiles Plan(string contentRoot, SkeletonOptions options)
    {
        var root = Path.GetFullPath(contentRoot);
        var schemas = Path.Combine(root, SchemaFiles.ContentFolderName);
        var files = new NewFiles();
        var settingsFile = Path.Combine(root, ContentFormat.SettingsFile);
        files.Add(settingsFile, new StringBuilder(SchemaFiles.EditorLine(settingsFile, schemas, SchemaFiles.Settings))
            .Append(YamlText.Entry("organisation", options.Organisation))
            .Append(YamlText.Entry("body", options.Body))
            .Append("locale: sv-SE\n")
            .Append("# per-meeting: every meeting starts at § 1; per-year: numbers run on through the year.\n")
            .Append("numbering: per-meeting\n")
            .ToString());

        var year = options.Date.Year.ToString(CultureInfo.InvariantCulture);
        var budgetFile = Path.Combine(root, ContentFormat.BudgetsFolder, year + ".yml");
        files.Add(budgetFile, SchemaFiles.EditorLine(budgetFile, schemas, SchemaFiles.Budget) + $$"""
            year: {{year}}
            title: Budget
            # The year's frame in kronor: 500000, or "500 000 kr".
            total: 500000
            # The columns of the budget table; items name a stage by its key.
            stages:
              - key: step1
                label: Steg 1
              - key: process
                label: Budget process
            # The budget lines that may receive money. Replace the examples with your own.
            processes:
              - Exempelprocess A
              - name: Exempelprocess B
                owner: Exempelkommunen
            # Money decided before the first meeting kept here, one line per process and stage, for example:
            #   - { process: Exempelprocess A, stage: step1, amount: 20000 }
            allocations: []

            """);

        var meeting = new MeetingDraft { Date = options.Date, Body = options.Body };
        files.Add(meeting.FileIn(root), meeting.ToFileText(root, schemas));
        foreach (var item in OpeningItems())
        {
            files.Add(Path.Combine(meeting.FolderIn(root), item.FileName), item.ToFileText());
        }

        foreach (var name in SchemaFiles.Names)
        {
            files.Add(Path.Combine(schemas, name), SchemaFiles.Read(name));
        }

        return files;
    }

    /// <summary>The items every meeting opens with.</summary>
    public static IReadOnlyList<ItemDraft> OpeningItems() =>
    [
        new() { Number = new ItemNumber(1, ""), Title = "Mötets öppnande", Body = "Ordföranden öppnar mötet.\n" },
        new() { Number = new ItemNumber(2, ""), Title = "Val av sekreterare", Type = "decision", Proposal = "Att välja en sekreterare för mötet." },
        new()
        {
            Number = new ItemNumber(3, ""), Title = "Val av justerare", Type = "decision",
            Proposal = "Att välja en justerare att jämte ordföranden justera protokollet.",
        },
        new() { Number = new ItemNumber(4, ""), Title = "Föregående protokoll", Type = "decision", Proposal = "Att lägga föregående protokoll till handlingarna." },
    ];
}
