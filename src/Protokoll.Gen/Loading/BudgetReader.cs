using System.Globalization;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Loading;

/// <summary>Reads <c>budgets/&lt;year&gt;.yml</c>.</summary>
internal static class BudgetReader
{
    /// <summary>A budget without <c>stages</c> has one amount column.</summary>
    public static readonly BudgetStage DefaultStage = new("amount", "Belopp");

    public const int MinYear = 1;
    public const int MaxYear = 9999;

    public static BudgetFrame? Read(string path, List<Finding> findings)
    {
        var fields = YamlFile.ReadMapping(path, ContentFormat.BudgetKeys, "a budget file", findings);
        if (fields is null)
        {
            return null;
        }

        fields.Require("year", "the budget year, such as 2022.");
        fields.Require("total", "the year's total budget in kronor.");
        fields.Require("processes", "the list of processes (budget lines) that may receive money.");
        var year = fields.Integer("year");
        if (year is < MinYear or > MaxYear)
        {
            // Dates are built from the year (a budget's documents are dated 31 December): year 0 or 10000 would crash the build.
            fields.Report(FindingCodes.InvalidValue, $"'year' must be a year from {MinYear} to {MaxYear}, not {year}.", fields.Source["year"]);
            year = null;
        }

        var total = fields.Amount("total");
        var expectedName = year?.ToString(CultureInfo.InvariantCulture) + ".yml";
        if (year is not null && !string.Equals(Path.GetFileName(path), expectedName, StringComparison.Ordinal))
        {
            fields.Report(FindingCodes.DuplicateBudgetYear,
                $"The budget for {year} must be in a file named {expectedName}; rename the file or correct 'year'.",
                fields.Source["year"]);
        }

        if (year is not { } validYear || total is not { } validTotal)
        {
            return null;
        }

        return new BudgetFrame
        {
            Year = validYear,
            Title = fields.Text("title") ?? "",
            Total = validTotal,
            Stages = ReadStages(fields),
            Processes = ReadProcesses(fields),
            Allocations = AllocationReader.ReadList(fields, "allocations"),
            File = path,
            Source = fields.Source,
        };
    }

    private static List<BudgetStage> ReadStages(FieldReader fields)
    {
        var sequence = fields.Sequence("stages");
        if (sequence is null)
        {
            return [DefaultStage];
        }

        var stages = new List<BudgetStage>();
        foreach (var node in sequence.Items)
        {
            if (node is YamlScalar scalar)
            {
                stages.Add(new BudgetStage(scalar.Value, scalar.Value));
                continue;
            }

            var entry = fields.Nested(node, ContentFormat.StageKeys, "'stages'");
            if (entry is null)
            {
                continue;
            }

            entry.Require("key", "a short key such as step1, used by items' 'stage:'.");
            if (entry.Text("key")?.Trim() is { Length: > 0 } key)
            {
                if (stages.Any(s => s.Key == key))
                {
                    entry.Report(FindingCodes.DuplicateProcess, $"The stage '{key}' is listed twice; keep one.", entry.Source["key"]);
                    continue;
                }

                stages.Add(new BudgetStage(key, entry.Text("label") ?? key));
            }
        }

        return stages.Count == 0 ? [DefaultStage] : stages;
    }

    private static List<BudgetProcess> ReadProcesses(FieldReader fields)
    {
        var sequence = fields.Sequence("processes");
        if (sequence is null)
        {
            return [];
        }

        var processes = new List<BudgetProcess>();
        foreach (var node in sequence.Items)
        {
            BudgetProcess? process = null;
            if (node is YamlScalar scalar)
            {
                process = new BudgetProcess(scalar.Value.Trim(), null, fields.At(node));
            }
            else if (fields.Nested(node, ContentFormat.ProcessKeys, "'processes'") is { } entry)
            {
                entry.Require("name", "the process's name as items write it in 'process:'.");
                if (entry.Text("name")?.Trim() is { Length: > 0 } name)
                {
                    process = new BudgetProcess(name, entry.Text("owner"), entry.Source["name"]);
                }
            }

            if (process is null)
            {
                continue;
            }

            if (processes.Any(p => p.Name == process.Name))
            {
                fields.Report(FindingCodes.DuplicateProcess, $"The process '{process.Name}' is listed twice; keep one.", process.Location);
                continue;
            }

            processes.Add(process);
        }

        return processes;
    }
}
