using System.Globalization;
using System.Text;
using Protokoll.Gen.Loading;

namespace Protokoll.Gen.Authoring;

/// <summary>A budget file about to be written: <c>budgets/&lt;year&gt;.yml</c> in the sample's layout.</summary>
public sealed record BudgetDraft
{
    public required int Year { get; init; }
    public string Title { get; init; } = "";
    public required decimal Total { get; init; }
    public IReadOnlyList<(string Key, string Label)> Stages { get; init; } = [];
    public IReadOnlyList<string> Processes { get; init; } = [];
    public IReadOnlyList<(string Process, string Stage, decimal Amount)> Allocations { get; init; } = [];

    /// <summary>A comment written above the allocations, saying where they come from.</summary>
    public string? AllocationsNote { get; init; }

    public string FileIn(string contentRoot) =>
        Path.Combine(contentRoot, ContentFormat.BudgetsFolder, Year.ToString(CultureInfo.InvariantCulture) + ".yml");

    public string ToFileText(string contentRoot, string? schemaFolder)
    {
        var yaml = new StringBuilder(SchemaFiles.EditorLine(FileIn(contentRoot), schemaFolder, SchemaFiles.Budget));
        yaml.Append("year: ").Append(Year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (Title.Length > 0)
        {
            yaml.Append(YamlText.Entry("title", Title));
        }

        yaml.Append("total: ").Append(YamlText.Amount(Total)).Append('\n');
        if (Stages.Count > 0)
        {
            yaml.Append("stages:\n");
            foreach (var (key, label) in Stages)
            {
                yaml.Append("  - key: ").Append(YamlText.Scalar(key)).Append("\n    label: ").Append(YamlText.Scalar(label)).Append('\n');
            }
        }

        yaml.Append("processes:").Append(Processes.Count == 0 ? " []\n" : "\n");
        foreach (var process in Processes)
        {
            yaml.Append("  - ").Append(YamlText.Scalar(process)).Append('\n');
        }

        if (AllocationsNote is not null)
        {
            foreach (var line in AllocationsNote.Split('\n'))
            {
                yaml.Append("# ").Append(line).Append('\n');
            }
        }

        yaml.Append("allocations:").Append(Allocations.Count == 0 ? " []\n" : "\n");
        foreach (var (process, stage, amount) in Allocations)
        {
            yaml.Append("  - { process: ").Append(YamlText.FlowScalar(process))
                .Append(", stage: ").Append(YamlText.FlowScalar(stage))
                .Append(", amount: ").Append(YamlText.Amount(amount)).Append(" }\n");
        }

        return yaml.ToString();
    }
}
