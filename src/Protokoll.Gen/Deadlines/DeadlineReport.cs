using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Deadlines;

/// <summary>Prints meetings' deadlines as text for people or JSON for scripts; dates are always ISO 8601.</summary>
public static class DeadlineReport
{
    public const string AppealRule = "anslag date + 21 days (KL 13 kap 5 §)";

    public static string Text(IReadOnlyList<MeetingDeadlines> meetings, string baseDirectory)
    {
        var builder = new StringBuilder();
        foreach (var deadlines in meetings)
        {
            var meeting = deadlines.Meeting;
            builder.Append(meeting.Id).Append(" (").Append(Iso(meeting.Date)).Append(")\n");
            builder.Append("  justering: due ").Append(deadlines.AdjustmentDeadline.Text)
                .Append(deadlines.AdjustedOn is { } adjusted ? ", adjusted " + Iso(adjusted) : ", not adjusted").Append('\n');
            builder.Append("  anslag:    due ").Append(deadlines.NoticeDeadline.Text)
                .Append(deadlines.AdjustedOn is null ? " (2 days after the justering deadline)" : "")
                .Append(deadlines.NoticePostedOn is { } posted ? ", posted " + Iso(posted) : ", not posted").Append('\n');
            builder.Append("  appeal:    ")
                .Append(deadlines.AppealEnds is { } ends ? $"last day {ends.Text}, {AppealRule}" : "runs three weeks from the day the anslag is put up")
                .Append('\n');
            foreach (var number in deadlines.UrgentItems)
            {
                builder.Append("  § ").Append(number.ToString()).Append(" adjusted at the meeting (omedelbar justering): anslag due ")
                    .Append(deadlines.UrgentNoticeDeadline.Text).Append('\n');
            }

            foreach (var warning in deadlines.Warnings)
            {
                builder.Append("  ").Append(FindingReport.Line(warning, baseDirectory)).Append('\n');
            }

            builder.Append('\n');
        }

        var all = meetings.SelectMany(m => m.Warnings).ToArray();
        return builder.Append(all.Length == 0 ? "No deadlines missed." : FindingReport.Count(all)).Append('\n').ToString();
    }

    public static string Json(IReadOnlyList<MeetingDeadlines> meetings, string baseDirectory)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var deadlines in meetings)
            {
                json.WriteStartObject();
                json.WriteString("meeting", deadlines.Meeting.Id);
                json.WriteString("date", Iso(deadlines.Meeting.Date));
                json.WriteStartObject("adjustment");
                WriteLegalDay(json, "deadline", deadlines.AdjustmentDeadline);
                WriteDate(json, "adjusted", deadlines.AdjustedOn);
                json.WriteEndObject();
                json.WriteStartObject("notice");
                WriteLegalDay(json, "deadline", deadlines.NoticeDeadline);
                WriteDate(json, "posted", deadlines.NoticePostedOn);
                json.WriteEndObject();
                json.WriteStartObject("appeal");
                WriteLegalDay(json, "last_day", deadlines.AppealEnds);
                json.WriteString("rule", AppealRule);
                json.WriteEndObject();
                json.WriteStartArray("urgent_items");
                foreach (var number in deadlines.UrgentItems)
                {
                    json.WriteStartObject();
                    json.WriteString("number", number.ToString());
                    WriteLegalDay(json, "notice_deadline", deadlines.UrgentNoticeDeadline);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("warnings");
                foreach (var warning in deadlines.Warnings)
                {
                    json.WriteStartObject();
                    json.WriteString("file", FindingReport.Relative(warning.Location.File, baseDirectory));
                    json.WriteNumber("line", warning.Location.Line);
                    json.WriteNumber("column", warning.Location.Column);
                    json.WriteString("code", warning.Code);
                    json.WriteString("message", warning.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// A deadline as an ISO date, followed (only when lag (1930:173) moved it) by <c>NAME_counted</c>, the day the
    /// plain count gave, so a script sees both and the fields of an unmoved deadline stay as they were.
    /// </summary>
    private static void WriteLegalDay(Utf8JsonWriter json, string name, LegalDay? day)
    {
        WriteDate(json, name, day?.Date);
        if (day is { Moved: true } moved)
        {
            json.WriteString(name + "_counted", Iso(moved.Counted));
        }
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } value)
        {
            json.WriteString(name, Iso(value));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
