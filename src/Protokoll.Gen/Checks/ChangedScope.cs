using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Checks;

/// <summary>
/// Limits findings to changed files, for <c>check --changed-since</c>. The whole folder was checked, so an error that
/// a change causes in an unchanged file (a later item over the budget, a grant funded twice, a number used twice)
/// is kept where it is and repeated at each changed file that takes part in it, where the pull request shows it.
/// </summary>
public static class ChangedScope
{
    public static IReadOnlyList<Finding> Limit(Analysis analysis, IReadOnlySet<string> changedFiles)
    {
        var kept = new List<Finding>();
        foreach (var finding in analysis.Findings)
        {
            if (changedFiles.Contains(finding.Location.File))
            {
                kept.Add(finding);
                continue;
            }

            var involved = Involved(analysis, finding).Where(l => changedFiles.Contains(l.File)).Distinct().ToArray();
            if (involved.Length == 0)
            {
                continue;
            }

            kept.Add(finding);
            var where = $"{Path.GetRelativePath(analysis.Content.Root, finding.Location.File).Replace('\\', '/')}:{finding.Location.Line}";
            kept.AddRange(involved.Select(location => finding with
            {
                Location = location,
                Message = $"This change takes part in an error at {where}, which reads: {finding.Message}",
            }));
        }

        return FindingOrder.Sort(kept);
    }

    /// <summary>The places (other than the finding's own) whose values make up a cross-file finding.</summary>
    private static IEnumerable<SourceLocation> Involved(Analysis analysis, Finding finding)
    {
        var content = analysis.Content;
        switch (finding.Code)
        {
            case FindingCodes.OverCommitment:
                foreach (var budget in content.Budgets)
                {
                    var entries = analysis.Ledger.EntriesFor(budget.Year);
                    var index = entries.ToList().FindIndex(e => e.Origin == finding.Location);
                    if (index < 0)
                    {
                        continue;
                    }

                    // Every amount up to the one that goes over adds to the sum, and so does the budget's total.
                    yield return budget.Source["total"];
                    foreach (var entry in entries.Take(index))
                    {
                        yield return entry.Origin;
                    }
                }

                break;
            case FindingCodes.DoubleFunding:
                foreach (var budget in content.Budgets)
                {
                    var entries = analysis.Ledger.EntriesFor(budget.Year);
                    if (entries.FirstOrDefault(e => e.Origin == finding.Location) is not { } funded)
                    {
                        continue;
                    }

                    foreach (var entry in entries.TakeWhile(e => e != funded).Where(e => (e.Process, e.Stage) == (funded.Process, funded.Stage)))
                    {
                        yield return entry.Origin;
                    }
                }

                break;
            case FindingCodes.NumberDuplicate:
                var perYear = content.Settings.Numbering == NumberingMode.PerYear;
                foreach (var meeting in content.Meetings)
                {
                    if (meeting.Items.FirstOrDefault(i => i.Source["number"] == finding.Location) is not { } item)
                    {
                        continue;
                    }

                    var scope = content.Meetings.Where(m => perYear ? m.Date.Year == meeting.Date.Year : m == meeting);
                    foreach (var twin in scope.SelectMany(m => m.Items).Where(i => i != item && i.Number == item.Number))
                    {
                        yield return twin.Source["number"];
                    }
                }

                break;
        }
    }
}
