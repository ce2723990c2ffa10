using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Protokoll.Gen.Budget;
using Protokoll.Gen.Formatting;

namespace Protokoll.Gen.Rendering.Budget;

/// <summary>
/// Writes a <see cref="BudgetState"/> as the seed's budget table (Total budget, Reserverat belopp, Kvar belopp; a
/// row per process with a column per stage; a totals row) in text or Markdown, or as JSON or CSV data. JSON and
/// CSV also list every ledger entry with its file and line, so each figure can be traced.
/// </summary>
public static class BudgetReport
{
    /// <param name="state">The budget table.</param>
    /// <param name="format">The form to write.</param>
    /// <param name="labels">The words and the locale.</param>
    /// <param name="contentRoot">The content folder, for the relative paths of JSON entries.</param>
    /// <param name="publication">The edition: the public one names no file of an item it does not show whole.</param>
    public static string Write(BudgetState state, BudgetReportFormat format, Labels labels, string contentRoot, Publication? publication = null) => format switch
    {
        BudgetReportFormat.Text => Text(state, labels),
        BudgetReportFormat.Markdown => Markdown(state, labels),
        BudgetReportFormat.Json => Json(state, contentRoot, publication ?? Publication.Internal),
        BudgetReportFormat.Csv => Csv(state),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string Text(BudgetState state, Labels labels)
    {
        var locale = labels.Locale;
        var builder = new StringBuilder();
        builder.Append(Heading(state)).Append("\n\n");
        builder.Append(string.Join("   ", SummaryCells(state, labels).Select(c => $"{c.Label}   {c.Value}"))).Append("\n\n");

        var header = new List<string> { labels["process"] };
        header.AddRange(state.Stages.Select(s => s.Label));
        var rows = new List<List<string>> { header };
        rows.AddRange(state.Processes.Select(p =>
            new List<string> { p.Name }.Concat(p.Cells.Select(c => MoneyFormatter.Format(c.Amount, locale))).ToList()));
        rows.Add(new List<string> { labels["total"] }.Concat(state.Stages.Select(s => MoneyFormatter.Format(s.Total, locale))).ToList());

        var widths = Enumerable.Range(0, header.Count).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            var line = new StringBuilder(row[0].PadRight(widths[0]));
            for (var i = 1; i < row.Count; i++)
            {
                line.Append("   ").Append(row[i].PadLeft(widths[i]));
            }

            builder.Append(line.ToString().TrimEnd()).Append('\n');
        }

        return builder.ToString();
    }

    public static string Markdown(BudgetState state, Labels labels)
    {
        var locale = labels.Locale;
        var builder = new StringBuilder();
        builder.Append("**").Append(MarkdownText.Cell(Heading(state))).Append("**\n\n");
        var summary = SummaryCells(state, labels);
        builder.Append("| ").Append(string.Join(" | ", summary.Select(c => MarkdownText.Cell(c.Label)))).Append(" |\n");
        builder.Append('|').Append(string.Concat(summary.Select(_ => "---:|"))).Append('\n');
        builder.Append("| ").Append(string.Join(" | ", summary.Select(c => c.Value))).Append(" |\n\n");

        builder.Append("| ").Append(MarkdownText.Cell(labels["process"]));
        foreach (var stage in state.Stages)
        {
            builder.Append(" | ").Append(MarkdownText.Cell(stage.Label));
        }

        builder.Append(" |\n|---|").Append(string.Concat(state.Stages.Select(_ => "---:|"))).Append('\n');
        foreach (var process in state.Processes)
        {
            builder.Append("| ").Append(MarkdownText.Cell(process.Name));
            foreach (var cell in process.Cells)
            {
                builder.Append(" | ").Append(MoneyFormatter.Format(cell.Amount, locale));
            }

            builder.Append(" |\n");
        }

        builder.Append("| **").Append(MarkdownText.Cell(labels["total"])).Append("**");
        foreach (var stage in state.Stages)
        {
            builder.Append(" | **").Append(MoneyFormatter.Format(stage.Total, locale)).Append("**");
        }

        return builder.Append(" |\n").ToString();
    }

    /// <summary>
    /// The JSON contract. An entry of an item the edition does not show whole keeps its process, stage, amount,
    /// meeting and § number (the ledger must add up) but has no <c>file</c> or <c>line</c>, and says
    /// <c>"withheld": true</c>: file names are written after titles.
    /// </summary>
    public static string Json(BudgetState state, string contentRoot, Publication publication)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("year", state.Year);
            json.WriteString("title", state.Title);
            json.WriteNumber("total", Cents(state.Total));
            json.WriteNumber("reserved", Cents(state.Reserved));
            json.WriteNumber("remaining", Cents(state.Remaining));
            json.WriteStartArray("stages");
            foreach (var stage in state.Stages)
            {
                json.WriteStartObject();
                json.WriteString("key", stage.Key);
                json.WriteString("label", stage.Label);
                json.WriteNumber("total", Cents(stage.Total));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("processes");
            foreach (var process in state.Processes)
            {
                json.WriteStartObject();
                json.WriteString("name", process.Name);
                json.WriteStartObject("amounts");
                foreach (var cell in process.Cells)
                {
                    json.WriteNumber(cell.Stage, Cents(cell.Amount));
                }

                json.WriteEndObject();
                json.WriteNumber("total", Cents(process.Total));
                if (process.Owner is not null)
                {
                    json.WriteString("owner", process.Owner);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("entries");
            foreach (var entry in state.Entries)
            {
                json.WriteStartObject();
                json.WriteString("process", entry.Process);
                json.WriteString("stage", entry.Stage);
                json.WriteNumber("amount", Cents(entry.Amount));
                if (publication.NamesFileOf(entry.Item))
                {
                    json.WriteString("file", RelativePath(contentRoot, entry.Origin.File));
                    json.WriteNumber("line", entry.Origin.Line);
                }
                else
                {
                    json.WriteBoolean("withheld", true);
                }

                if (entry.Meeting is not null)
                {
                    json.WriteString("meeting", entry.Meeting.Id);
                }

                if (entry.Item?.Number is { } number)
                {
                    json.WriteString("item", number.ToString());
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string Csv(BudgetState state)
    {
        var builder = new StringBuilder();
        builder.Append("process");
        foreach (var stage in state.Stages)
        {
            builder.Append(',').Append(CsvField(stage.Label));
        }

        builder.Append(",total\n");
        foreach (var process in state.Processes)
        {
            builder.Append(CsvField(process.Name));
            foreach (var cell in process.Cells)
            {
                builder.Append(',').Append(Number(cell.Amount));
            }

            builder.Append(',').Append(Number(process.Total)).Append('\n');
        }

        builder.Append("total");
        foreach (var stage in state.Stages)
        {
            builder.Append(',').Append(Number(stage.Total));
        }

        builder.Append(',').Append(Number(state.Reserved)).Append('\n');
        return builder.ToString();
    }

    /// <summary>The three summary figures with their labels, in the seed's order.</summary>
    public static IReadOnlyList<(string Label, string Value)> SummaryCells(BudgetState state, Labels labels) =>
    [
        ($"{labels["total_budget"]} {state.Year.ToString(CultureInfo.InvariantCulture)}", MoneyFormatter.Format(state.Total, labels.Locale)),
        (labels["reserved"], MoneyFormatter.Format(state.Reserved, labels.Locale)),
        (labels["remaining"], MoneyFormatter.Format(state.Remaining, labels.Locale)),
    ];

    /// <summary>A path as content-relative with forward slashes: reports never leak where the checkout lives.</summary>
    public static string RelativePath(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static string Heading(BudgetState state) =>
        string.IsNullOrWhiteSpace(state.Title) ? state.Year.ToString(CultureInfo.InvariantCulture) : $"{state.Title} {state.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Two decimals always ("1000000.00"), as the JSON contract shows.</summary>
    private static decimal Cents(decimal amount) => decimal.Round(amount, 2) + 0.00m;

    private static string Number(decimal amount) => Cents(amount).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// A text cell (names and labels; amounts are written as numbers). A cell starting with = + - @, a tab or a CR is
    /// one a spreadsheet evaluates as a formula (`=HYPERLINK(…)` in a process name would be a live link on the
    /// auditor's screen), so it gets a leading apostrophe and quotes, as OWASP's CSV injection guidance says.
    /// </summary>
    private static string CsvField(string value)
    {
        var formula = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        var text = formula ? "'" + value : value;
        return formula || text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

}
