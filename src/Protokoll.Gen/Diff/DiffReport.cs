using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Protokoll.Gen.Formatting;

namespace Protokoll.Gen.Diff;

/// <summary>
/// Writes a <see cref="ContentDiff"/> for a terminal, a pull request or a tool. Amounts are in the locale's format
/// and the budget words come from its labels, as in the budget table; the rest is the tool's own English.
/// </summary>
public static class DiffReport
{
    public static string Write(ContentDiff diff, DiffFormat format, Labels labels) => format switch
    {
        DiffFormat.Text => Text(diff, labels),
        DiffFormat.Markdown => Markdown(diff, labels),
        DiffFormat.Json => Json(diff),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string Text(ContentDiff diff, Labels labels)
    {
        var builder = new StringBuilder();
        builder.Append("Changes from ").Append(diff.BaseRevision).Append(" to ").Append(HeadName(diff)).Append('\n');
        if (!diff.HasChanges)
        {
            return builder.Append("No changes to the content.\n").ToString();
        }

        foreach (var meeting in diff.Meetings)
        {
            builder.Append('\n').Append("Meeting ").Append(meeting.Id).Append(": ").Append(Word(meeting.Kind));
            if (meeting.Fields.Count > 0)
            {
                builder.Append(" (meeting.yml: ").Append(MarkdownText.Inline(string.Join(", ", meeting.Fields))).Append(')');
            }

            builder.Append('\n');
            foreach (var item in meeting.Items)
            {
                builder.Append("  ").Append(Word(item.Kind).PadRight(8)).Append(Name(item)).Append(" (").Append(item.Path).Append(')');
                if (item.Fields.Count > 0)
                {
                    builder.Append(": ").Append(string.Join(", ", item.Fields));
                }

                if (Amount(item, diff.Locale) is { } amount)
                {
                    builder.Append("; ").Append(labels["amount"].ToLowerInvariant()).Append(' ').Append(amount);
                }

                builder.Append('\n');
            }
        }

        foreach (var year in diff.Years)
        {
            builder.Append('\n').Append("Budget ").Append(year.Year.ToString(CultureInfo.InvariantCulture)).Append(year.IsChanged ? ":\n" : ": unchanged\n");
            foreach (var (label, before, after) in YearRows(year, labels))
            {
                builder.Append("  ").Append(label).Append(": ").Append(Change(before, after, diff.Locale)).Append('\n');
            }

            foreach (var cell in diff.Cells.Where(c => c.Year == year.Year))
            {
                builder.Append("  ").Append(cell.Process).Append(" / ").Append(cell.StageLabel).Append(": ").Append(Change(cell.Before, cell.After, diff.Locale)).Append('\n');
            }
        }

        return builder.ToString();
    }

    public static string Markdown(ContentDiff diff, Labels labels)
    {
        var builder = new StringBuilder();
        builder.Append("### Changes from ").Append(MarkdownText.Code(diff.BaseRevision)).Append(" to ")
            .Append(diff.HeadRevision is null ? "the working tree" : MarkdownText.Code(diff.HeadRevision)).Append("\n\n");
        if (!diff.HasChanges)
        {
            return builder.Append("No changes to the content.\n").ToString();
        }

        foreach (var meeting in diff.Meetings)
        {
            builder.Append("**").Append(MarkdownText.Cell(meeting.Id)).Append("**: ").Append(Word(meeting.Kind));
            if (meeting.Fields.Count > 0)
            {
                builder.Append(" (meeting.yml: ").Append(MarkdownText.Inline(string.Join(", ", meeting.Fields))).Append(')');
            }

            builder.Append("\n\n");
            if (meeting.Items.Count == 0)
            {
                continue;
            }

            builder.Append("| | § | Item | Changed | ").Append(MarkdownText.Cell(labels["amount"])).Append(" |\n|---|---|---|---|---:|\n");
            foreach (var item in meeting.Items)
            {
                builder.Append("| ").Append(Word(item.Kind))
                    .Append(" | ").Append(MarkdownText.Cell(item.Number ?? ""))
                    .Append(" | ").Append(MarkdownText.Cell(item.Title)).Append(" (").Append(MarkdownText.Code(item.Path[(item.Path.LastIndexOf('/') + 1)..])).Append(')')
                    .Append(" | ").Append(MarkdownText.Cell(string.Join(", ", item.Fields)))
                    .Append(" | ").Append(Amount(item, diff.Locale) ?? "").Append(" |\n");
            }

            builder.Append('\n');
        }

        foreach (var year in diff.Years)
        {
            builder.Append("**Budget ").Append(year.Year.ToString(CultureInfo.InvariantCulture)).Append("**").Append(year.IsChanged ? "" : ": unchanged").Append("\n\n");
            builder.Append("| | Before | After | Change |\n|---|---:|---:|---:|\n");
            var rows = YearRows(year, labels)
                .Concat(diff.Cells.Where(c => c.Year == year.Year).Select(c => ($"{c.Process} / {c.StageLabel}", c.Before, c.After)));
            foreach (var (label, before, after) in rows)
            {
                builder.Append("| ").Append(MarkdownText.Cell(label))
                    .Append(" | ").Append(MoneyFormatter.Format(before, diff.Locale))
                    .Append(" | ").Append(MoneyFormatter.Format(after, diff.Locale))
                    .Append(" | ").Append(Signed(after - before, diff.Locale)).Append(" |\n");
            }

            builder.Append('\n');
        }

        return builder.ToString().TrimEnd('\n') + "\n";
    }

    public static string Json(ContentDiff diff)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("base", diff.BaseRevision);
            json.WriteString("head", diff.HeadRevision);
            json.WriteStartArray("meetings");
            foreach (var meeting in diff.Meetings)
            {
                json.WriteStartObject();
                json.WriteString("id", meeting.Id);
                json.WriteString("change", Word(meeting.Kind));
                WriteStrings(json, "fields", meeting.Fields);
                json.WriteStartArray("items");
                foreach (var item in meeting.Items)
                {
                    json.WriteStartObject();
                    json.WriteString("change", Word(item.Kind));
                    json.WriteString("file", item.Path);
                    json.WriteString("number", item.Number);
                    json.WriteString("title", item.Title);
                    WriteStrings(json, "fields", item.Fields);
                    WriteAmount(json, "amountBefore", item.AmountBefore);
                    WriteAmount(json, "amountAfter", item.AmountAfter);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("cells");
            foreach (var cell in diff.Cells)
            {
                json.WriteStartObject();
                json.WriteNumber("year", cell.Year);
                json.WriteString("process", cell.Process);
                json.WriteString("stage", cell.Stage);
                WriteAmount(json, "before", cell.Before);
                WriteAmount(json, "after", cell.After);
                WriteAmount(json, "change", cell.Change);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("years");
            foreach (var year in diff.Years)
            {
                json.WriteStartObject();
                json.WriteNumber("year", year.Year);
                WriteAmount(json, "totalBefore", year.TotalBefore);
                WriteAmount(json, "totalAfter", year.TotalAfter);
                WriteAmount(json, "reservedBefore", year.ReservedBefore);
                WriteAmount(json, "reservedAfter", year.ReservedAfter);
                WriteAmount(json, "remainingBefore", year.RemainingBefore);
                WriteAmount(json, "remainingAfter", year.RemainingAfter);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Total only when it moved; reserved and remaining always, since they are the reviewer's question.</summary>
    private static IEnumerable<(string Label, decimal Before, decimal After)> YearRows(YearChange year, Labels labels)
    {
        if (year.TotalBefore != year.TotalAfter)
        {
            yield return (labels["total_budget"], year.TotalBefore, year.TotalAfter);
        }

        yield return (labels["reserved"], year.ReservedBefore, year.ReservedAfter);
        yield return (labels["remaining"], year.RemainingBefore, year.RemainingAfter);
    }

    private static string HeadName(ContentDiff diff) => diff.HeadRevision ?? "the working tree";

    private static string Word(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "changed",
    };

    private static string Name(ItemDiff item) => item.Number is null ? item.Title : $"§ {item.Number} {item.Title}";

    /// <summary>The item's money as a reviewer reads it: "a → b" when it moved, else the amount it grants or granted.</summary>
    private static string? Amount(ItemDiff item, string locale) =>
        (item.AmountBefore, item.AmountAfter) switch
        {
            ({ } before, { } after) when before != after => $"{MoneyFormatter.Format(before, locale)} → {MoneyFormatter.Format(after, locale)}",
            (null, { } after) when item.Kind == ChangeKind.Changed => $"{MoneyFormatter.Format(0, locale)} → {MoneyFormatter.Format(after, locale)}",
            ({ } before, null) when item.Kind == ChangeKind.Changed => $"{MoneyFormatter.Format(before, locale)} → {MoneyFormatter.Format(0, locale)}",
            (_, { } after) => MoneyFormatter.Format(after, locale),
            ({ } before, null) => MoneyFormatter.Format(before, locale),
            _ => null,
        };

    private static string Change(decimal before, decimal after, string locale) =>
        before == after
            ? MoneyFormatter.Format(after, locale)
            : $"{MoneyFormatter.Format(before, locale)} → {MoneyFormatter.Format(after, locale)} ({Signed(after - before, locale)})";

    private static string Signed(decimal change, string locale) =>
        change > 0 ? "+" + MoneyFormatter.Format(change, locale) : MoneyFormatter.Format(change, locale);

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Two decimals always, as the budget JSON writes amounts.</summary>
    private static void WriteAmount(Utf8JsonWriter json, string name, decimal? amount)
    {
        if (amount is { } value)
        {
            json.WriteNumber(name, decimal.Round(value, 2) + 0.00m);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
