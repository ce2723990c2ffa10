using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Loading;

/// <summary>
/// Reads a content folder into one <see cref="ContentSet"/> and the findings of reading it. Files are read in
/// parallel; the model and the findings come out in a fixed order, so output never depends on thread timing.
/// Never writes anything and never throws for bad content.
/// </summary>
public static class ContentLoader
{
    public static LoadResult Load(string root)
    {
        root = Path.GetFullPath(root);
        var findings = new List<Finding>();
        var settings = SettingsReader.Read(Path.Combine(root, ContentFormat.SettingsFile), findings);
        var budgets = LoadBudgets(root, findings);
        var meetings = LoadMeetings(root, findings);
        var content = new ContentSet { Root = root, Settings = settings, Budgets = budgets, Meetings = meetings };
        return new LoadResult(content, FindingOrder.Sort(findings));
    }

    private static List<BudgetFrame> LoadBudgets(string root, List<Finding> findings)
    {
        var folder = Path.Combine(root, ContentFormat.BudgetsFolder);
        var budgets = new List<BudgetFrame>();
        if (!Directory.Exists(folder) || IsLinkedFolder(folder, findings))
        {
            return budgets;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
        {
            if (BudgetReader.Read(path, findings) is not { } budget)
            {
                continue;
            }

            if (budgets.Any(b => b.Year == budget.Year))
            {
                findings.Add(Finding.Error(FindingCodes.DuplicateBudgetYear,
                    $"A second budget for {budget.Year}: keep one file per year.", budget.Source["year"]));
                continue;
            }

            budgets.Add(budget);
        }

        budgets.Sort((a, b) => a.Year.CompareTo(b.Year));
        return budgets;
    }

    private static List<Meeting> LoadMeetings(string root, List<Finding> findings)
    {
        var folder = Path.Combine(root, ContentFormat.MeetingsFolder);
        if (!Directory.Exists(folder) || IsLinkedFolder(folder, findings))
        {
            return [];
        }

        var folders = Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).ToArray();
        var results = new (Meeting? Meeting, List<Finding> Findings)[folders.Length];
        Parallel.For(0, folders.Length, i =>
        {
            var local = new List<Finding>();
            results[i] = (LoadMeeting(folders[i], local), local);
        });

        var meetings = new List<Meeting>();
        foreach (var (meeting, local) in results)
        {
            findings.AddRange(local);
            if (meeting is not null)
            {
                meetings.Add(meeting);
            }
        }

        meetings.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Id, b.Id));
        return meetings;
    }

    /// <summary>
    /// A folder of the content that is a symbolic link is refused (PG011 at the folder), as a linked file is: following
    /// it would load, and publish, whatever folder of the machine it points to.
    /// </summary>
    private static bool IsLinkedFolder(string folder, List<Finding> findings)
    {
        if (new DirectoryInfo(folder).LinkTarget is not { } target)
        {
            return false;
        }

        findings.Add(TextFileReader.LinkRefused(folder, target));
        return true;
    }

    private static Meeting? LoadMeeting(string folder, List<Finding> findings)
    {
        var meetingFile = Path.Combine(folder, ContentFormat.MeetingFile);
        if (IsLinkedFolder(folder, findings))
        {
            return null;
        }

        if (!ContentFormat.IsValidMeetingId(Path.GetFileName(folder)))
        {
            findings.Add(Finding.Error(FindingCodes.MeetingFolderName,
                $"The meeting folder name '{Path.GetFileName(folder)}' becomes part of web addresses: use letters, digits, spaces, '-', '_' and '.', starting with a letter or digit, such as 2022-09-15-styrgrupp.",
                SourceLocation.StartOf(meetingFile)));
            return null;
        }

        var meeting = MeetingReader.Read(folder, findings);
        var files = Directory.EnumerateFiles(folder, "*.md").Take(ContentFormat.MaxItemsPerMeeting + 1).ToArray();
        if (files.Length > ContentFormat.MaxItemsPerMeeting)
        {
            // Checked before any item is read, so a folder of a million files costs no memory.
            findings.Add(Finding.Error(FindingCodes.TooManyItems,
                $"The meeting folder has more than {ContentFormat.MaxItemsPerMeeting} item files; a meeting has at most a few hundred items. Split it into several meetings or remove generated files.",
                SourceLocation.StartOf(meetingFile)));
            return null;
        }

        Array.Sort(files, StringComparer.Ordinal);
        var items = new AgendaItem?[files.Length];
        var itemFindings = new List<Finding>[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            itemFindings[i] = [];
            items[i] = ItemReader.Read(files[i], itemFindings[i]);
        });

        foreach (var local in itemFindings)
        {
            findings.AddRange(local);
        }

        if (meeting is null)
        {
            return null;
        }

        var ordered = items.OfType<AgendaItem>()
            .OrderBy(item => item.Number ?? new ItemNumber(int.MaxValue, ""))
            .ThenBy(item => item.File, StringComparer.Ordinal)
            .ToArray();
        return meeting with { Items = ordered };
    }
}
