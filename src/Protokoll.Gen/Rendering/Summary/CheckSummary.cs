using System.Globalization;
using System.Text;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Diff;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Rendering.Budget;

namespace Protokoll.Gen.Rendering.Summary;

/// <summary>
/// The Markdown a pull request's reviewer reads instead of opening files (<c>check --summary</c>, written for
/// <c>$GITHUB_STEP_SUMMARY</c> or a comment): the findings, each budget year's table and, when given, the diff.
/// Paths are relative to the repository root, so nothing tells where the checkout lives.
/// </summary>
public static class CheckSummary
{
    /// <summary>More rows make a summary nobody reads; the annotations and the log still carry all of them.</summary>
    public const int MaxFindingRows = 50;

    public static string Markdown(Analysis analysis, IReadOnlyList<Finding> findings, string repositoryRoot, Labels labels,
        ContentDiff? diff = null, string? changedSince = null)
    {
        var builder = new StringBuilder();
        var folder = FindingReport.Relative(analysis.Content.Root, repositoryRoot);
        builder.Append("## Protokoll: ").Append(MarkdownText.Code(folder == "." ? "./" : folder)).Append("\n\n");
        builder.Append(findings.Count == 0 ? "✅ " : findings.Any(f => f.IsError) ? "❌ " : "⚠️ ")
            .Append("**").Append(FindingReport.Count(findings).TrimEnd('.')).Append("**");
        if (changedSince is not null)
        {
            builder.Append(" in the files changed since ").Append(MarkdownText.Code(changedSince));
        }

        builder.Append("\n\n");
        if (findings.Count > 0)
        {
            builder.Append("| | Code | Where | Message |\n|---|---|---|---|\n");
            foreach (var finding in findings.Take(MaxFindingRows))
            {
                builder.Append("| ").Append(finding.IsError ? "error" : "warning")
                    .Append(" | ").Append(finding.Code)
                    .Append(" | ").Append(MarkdownText.Code(FindingReport.Relative(finding.Location.File, repositoryRoot) + ":"
                        + finding.Location.Line.ToString(CultureInfo.InvariantCulture)))
                    .Append(" | ").Append(MarkdownText.Cell(finding.Message)).Append(" |\n");
            }

            if (findings.Count > MaxFindingRows)
            {
                builder.Append("\n… and ").Append((findings.Count - MaxFindingRows).ToString(CultureInfo.InvariantCulture))
                    .Append(" more: run `protokoll check` for the full list.\n");
            }

            builder.Append('\n');
        }

        foreach (var budget in analysis.Content.Budgets)
        {
            builder.Append(BudgetReport.Markdown(analysis.Ledger.State(budget.Year)!, labels)).Append('\n');
        }

        if (diff is not null)
        {
            builder.Append(DiffReport.Markdown(diff, labels)).Append('\n');
        }

        return builder.ToString();
    }
}
