using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Loading;

/// <summary>Reads <c>meetings/&lt;id&gt;/meeting.yml</c> (the items are read by <see cref="ItemReader"/>).</summary>
internal static class MeetingReader
{
    public static Meeting? Read(string folder, List<Finding> findings)
    {
        var path = Path.Combine(folder, ContentFormat.MeetingFile);
        if (!File.Exists(path))
        {
            findings.Add(Finding.Error(FindingCodes.MissingFile,
                $"The meeting folder has no {ContentFormat.MeetingFile}: create it with at least 'date: YYYY-MM-DD'.",
                SourceLocation.StartOf(path)));
            return null;
        }

        var fields = YamlFile.ReadMapping(path, ContentFormat.MeetingKeys, ContentFormat.MeetingFile, findings);
        if (fields is null)
        {
            return null;
        }

        fields.Require("date", "the meeting's date, written YYYY-MM-DD.");
        if (fields.Date("date") is not { } date)
        {
            return null;
        }

        return new Meeting
        {
            Id = Path.GetFileName(folder),
            Date = date,
            Title = fields.Text("title"),
            Body = fields.Text("body"),
            Time = fields.Text("time"),
            Place = fields.Text("place"),
            Chair = fields.Text("chair"),
            Secretary = fields.Text("secretary"),
            Adjusters = fields.TextList("adjusters"),
            Attendees = ReadGroups(fields),
            Absent = fields.TextList("absent"),
            BudgetYear = fields.Integer("budget") ?? date.Year,
            Adjustment = ReadAdjustment(fields),
            Archive = fields.Text("archive")?.Trim(),
            Notice = fields.Block("notice", ContentFormat.NoticeKeys) is { } notice ? new Notice(notice.Date("date"), notice.Source) : null,
            File = path,
            Source = fields.Source,
        };
    }

    private static Adjustment? ReadAdjustment(FieldReader fields)
    {
        if (fields.Block("adjustment", ContentFormat.AdjustmentKeys) is not { } adjustment)
        {
            return null;
        }

        var status = adjustment.Choice("status", ContentFormat.AdjustmentStatuses) ?? AdjustmentStatus.Draft;
        var date = adjustment.Date("date");
        if (status == AdjustmentStatus.Adjusted && !adjustment.Has("date"))
        {
            adjustment.Report(FindingCodes.MissingKey,
                "The minutes are marked adjusted but the adjustment has no 'date': add the day they were adjusted (justerade), written YYYY-MM-DD.",
                adjustment.Source["status"]);
        }

        return new Adjustment(adjustment.Text("place")?.Trim(), date, status, adjustment.Source);
    }

    /// <summary>The partial attendance ("1-10", "1–10", "1-4, 6"); null (every item) when absent or unreadable.</summary>
    private static ItemSelection? ReadItemSelection(FieldReader person)
    {
        if (person.Text("items") is not { } text)
        {
            return null;
        }

        if (ItemSelection.TryParse(text, out var selection))
        {
            return selection;
        }

        person.Report(FindingCodes.InvalidValue,
            $"'items' cannot be '{text}': write the item numbers the person attended, such as \"1-10\", \"1-4, 6\" or \"12-17a\".",
            person.Source["items"]);
        return null;
    }

    private static List<AttendeeGroup> ReadGroups(FieldReader fields)
    {
        var sequence = fields.Sequence("attendees");
        if (sequence is null)
        {
            return [];
        }

        var groups = new List<AttendeeGroup>();
        foreach (var node in sequence.Items)
        {
            if (fields.Nested(node, ContentFormat.AttendeeGroupKeys, "'attendees'") is not { } group)
            {
                continue;
            }

            group.Require("group", "the group's name, such as Styrgruppen.");
            var people = new List<Attendee>();
            foreach (var personNode in group.Sequence("people")?.Items ?? [])
            {
                if (personNode is YamlScalar { IsNull: false } plain)
                {
                    people.Add(new Attendee { Name = plain.Value.Trim() });
                }
                else if (group.Nested(personNode, ContentFormat.AttendeeKeys, "'people'") is { } person)
                {
                    person.Require("name", "the person's name.");
                    people.Add(new Attendee
                    {
                        Name = person.Text("name")?.Trim() ?? "",
                        Organisation = person.Text("organisation"),
                        Role = person.Text("role"),
                        Items = person.Text("items"),
                        PresentFor = ReadItemSelection(person),
                        Remote = person.Bool("remote"),
                    });
                }
            }

            groups.Add(new AttendeeGroup(group.Text("group") ?? "", people, group.Bool("voting", whenMissing: true)));
        }

        return groups;
    }
}
