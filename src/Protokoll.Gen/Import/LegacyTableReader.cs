using System.Globalization;
using System.Text.RegularExpressions;
using Protokoll.Gen.Authoring;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Loading;

namespace Protokoll.Gen.Import;

/// <summary>
/// Reads a legacy budget table (cells separated by tabs, as word processors export them, or by '|') and redoes its
/// arithmetic: each stage total is the sum of its column, reserved is the sum of every cell, remaining is total −
/// reserved. Every difference is a finding at the printed figure.
/// </summary>
public static partial class LegacyTableReader
{
    /// <summary>Whether a line opens a table: it carries "Total budget &lt;year&gt;".</summary>
    public static bool IsTableStart(string line) => SummaryLabel().IsMatch(LegacyText.StripTags(line));

    /// <summary>Reads the table that starts at <paramref name="start"/>; <paramref name="end"/> receives the index after it.</summary>
    public static LegacyTable? Read(IReadOnlyList<LegacyLine> lines, int start, string file, List<Finding> findings, out int end)
    {
        end = start + 1;
        var summary = lines[start];
        var year = int.Parse(SummaryLabel().Match(LegacyText.StripTags(summary.Text)).Groups["year"].Value, CultureInfo.InvariantCulture);
        LegacyCell? total = null, reserved = null, remaining = null;
        var summaryCells = Cells(summary);
        for (var i = 0; i + 1 < summaryCells.Count; i += 2)
        {
            var label = summaryCells[i].Text;
            var value = Amount(summaryCells[i + 1], summary.Number, file, findings);
            if (SummaryLabel().IsMatch(label))
            {
                total = value;
            }
            else if (label.StartsWith("Reserverat", StringComparison.OrdinalIgnoreCase))
            {
                reserved = value;
            }
            else if (label.StartsWith("Kvar", StringComparison.OrdinalIgnoreCase))
            {
                remaining = value;
            }
            else
            {
                findings.Add(Finding.Warning(FindingCodes.ImportUnmapped,
                    $"The table's figure '{label}' is not one of Total budget, Reserverat belopp, Kvar belopp; it is not imported.",
                    new SourceLocation(file, summary.Number, summaryCells[i].Column)));
            }
        }

        if (total is null)
        {
            return null;
        }

        var stages = new List<(string Key, string Label)>();
        var rows = new List<LegacyRow>();
        List<LegacyCell>? stageTotals = null;
        var lastLine = summary.Number;
        var index = start + 1;
        for (; index < lines.Count; index++)
        {
            var line = lines[index];
            if (line.IsBlank || SeparatorRow().IsMatch(line.Text))
            {
                continue;
            }

            var cells = Cells(line);
            if (cells.Count < 2)
            {
                break;
            }

            lastLine = line.Number;
            var first = cells[0].Text;
            if (stages.Count == 0)
            {
                stages.AddRange(StageKeys(cells.Skip(1).Select(c => c.Text).ToArray()));
                continue;
            }

            var amounts = cells.Skip(1).Select(c => Amount(c, line.Number, file, findings) ?? new LegacyCell(0m, line.Number, c.Column)).ToList();
            if (amounts.Count != stages.Count)
            {
                findings.Add(Finding.Warning(FindingCodes.ImportUnmapped,
                    $"The row '{first}' has {amounts.Count} figures but the table has {stages.Count} columns; missing figures read as zero, extra ones are left out.",
                    new SourceLocation(file, line.Number, cells[0].Column)));
                amounts = amounts.Take(stages.Count).Concat(Enumerable.Repeat(new LegacyCell(0m, line.Number, 1), Math.Max(0, stages.Count - amounts.Count))).ToList();
            }

            if (first is "Total" or "Totalt" or "Summa")
            {
                stageTotals = amounts;
                index++;
                break;
            }

            rows.Add(new LegacyRow(first, amounts, line.Number));
        }

        end = index;
        var table = new LegacyTable
        {
            Year = year,
            Total = total,
            Reserved = reserved,
            Remaining = remaining,
            Stages = stages,
            Rows = rows,
            StageTotals = stageTotals,
            FirstLine = summary.Number,
            LastLine = lastLine,
        };
        CheckArithmetic(table, file, findings);
        return table;
    }

    private static void CheckArithmetic(LegacyTable table, string file, List<Finding> findings)
    {
        for (var s = 0; s < table.Stages.Count && table.StageTotals is { } totals; s++)
        {
            var sum = table.Rows.Sum(r => r.Cells[s].Amount);
            Compare(totals[s], sum, $"The total of '{table.Stages[s].Label}'", "the sum of its column", file, findings);
        }

        var reserved = table.Rows.Sum(r => r.Cells.Sum(c => c.Amount));
        if (table.Reserved is { } statedReserved)
        {
            Compare(statedReserved, reserved, "Reserverat belopp", "the sum of every cell of the table", file, findings);
        }

        if (table.Remaining is { } statedRemaining)
        {
            Compare(statedRemaining, table.Total.Amount - reserved, "Kvar belopp", "Total budget − the sum of every cell", file, findings);
        }
    }

    private static void Compare(LegacyCell printed, decimal computed, string what, string rule, string file, List<Finding> findings)
    {
        if (printed.Amount != computed)
        {
            findings.Add(Finding.Error(FindingCodes.ImportArithmetic,
                $"{what} is printed as {MoneyFormatter.Format(printed.Amount, "sv-SE")} but {rule} is {MoneyFormatter.Format(computed, "sv-SE")} (a difference of {MoneyFormatter.Format(printed.Amount - computed, "sv-SE")}). The imported budget keeps the cells; check the legacy minutes.",
                new SourceLocation(file, printed.Line, printed.Column)));
        }
    }

    /// <summary>Stage keys as the content format writes them: "Steg 1" → step1, "Budget process" → process, else a slug.</summary>
    public static IEnumerable<(string Key, string Label)> StageKeys(IReadOnlyList<string> labels)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            var step = StepLabel().Match(label);
            var key = step.Success ? "step" + step.Groups["n"].Value
                : string.Equals(label, "Budget process", StringComparison.OrdinalIgnoreCase) ? "process"
                : Slug.From(label, "stage" + (i + 1).ToString(CultureInfo.InvariantCulture));
            while (!used.Add(key))
            {
                key += "-" + (i + 1).ToString(CultureInfo.InvariantCulture);
            }

            yield return (key, label);
        }
    }

    private static LegacyCell? Amount((string Text, int Column) cell, int line, string file, List<Finding> findings)
    {
        var result = AmountParser.Parse(cell.Text.Replace("*", "", StringComparison.Ordinal));
        if (result.Value is { } value && (result.IsValid || result.Code == FindingCodes.AmountNotPositive) && value >= 0)
        {
            return new LegacyCell(value, line, cell.Column);
        }

        findings.Add(Finding.Warning(FindingCodes.ImportUnmapped,
            $"'{cell.Text}' is not an amount; it reads as zero in the imported budget.", new SourceLocation(file, line, cell.Column)));
        return null;
    }

    /// <summary>A table line's cells, tags removed, each with the 1-based column where it starts in the legacy line.</summary>
    private static List<(string Text, int Column)> Cells(LegacyLine line)
    {
        var text = line.Text;
        var separator = text.Contains('\t', StringComparison.Ordinal) ? '\t' : text.TrimStart().StartsWith('|') ? '|' : '\0';
        var cells = new List<(string, int)>();
        if (separator == '\0')
        {
            return cells;
        }

        var offset = 0;
        foreach (var part in text.Split(separator))
        {
            var content = LegacyText.StripTags(part).Trim().Trim('*').Trim();
            if (content.Length > 0)
            {
                cells.Add((content, offset + (part.Length - part.TrimStart().Length) + 1));
            }

            offset += part.Length + 1;
        }

        return cells;
    }

    [GeneratedRegex(@"Total\s+budget\s+(?<year>[0-9]{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SummaryLabel();

    [GeneratedRegex(@"^[\s|:\-+]*-{3,}[\s|:\-+]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRow();

    [GeneratedRegex(@"^Steg\s*(?<n>[0-9]+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StepLabel();
}
