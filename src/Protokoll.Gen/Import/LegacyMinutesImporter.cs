using System.Globalization;
using System.Text.RegularExpressions;
using Protokoll.Gen.Authoring;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Import;

/// <summary>
/// Turns legacy minutes in Markdown (as word processors and PDF extraction export them) into a content folder:
/// "## 8. Title" sections become item files (the proposal, "Motiv till beslut" and the rest of the text as body),
/// the budget table becomes <c>budgets/&lt;year&gt;.yml</c>, and the item whose proposal names a process and an
/// amount of the table carries that grant itself. Nothing is dropped: what cannot be mapped stays in a body and is
/// named by a finding. Only plans the files; the caller writes them.
/// </summary>
public static partial class LegacyMinutesImporter
{
    private const string TableMarker = "\u0001table";

    public static ImportResult Plan(string sourceFile, string outputRoot, ImportOptions options)
    {
        var file = Path.GetFullPath(sourceFile);
        var root = Path.GetFullPath(outputRoot);
        var findings = new List<Finding>();
        var notes = new List<string>();
        var files = new NewFiles();
        if (TextFileReader.Read(file, findings) is not { } text)
        {
            return new ImportResult(files, findings, notes);
        }

        var lines = text.Split('\n').Select((t, i) => new LegacyLine(i + 1, t)).ToArray();
        var tables = new List<LegacyTable>();
        var items = ReadItems(lines, file, tables, findings, notes);
        if (items.Count == 0)
        {
            findings.Add(Finding.Error(FindingCodes.ImportUnmapped,
                "No agenda items found: the import expects each item to start with a heading such as '## 8. Beslut om …'.",
                SourceLocation.StartOf(file)));
            return new ImportResult(files, findings, notes);
        }

        var budget = tables.FirstOrDefault();
        var drafts = MapItems(items, budget, file, findings, notes);
        var schemas = Path.Combine(root, SchemaFiles.ContentFolderName);
        var settingsFile = Path.Combine(root, ContentFormat.SettingsFile);
        files.Add(settingsFile, SchemaFiles.EditorLine(settingsFile, schemas, SchemaFiles.Settings)
            + YamlText.Entry("organisation", options.Organisation) + YamlText.Entry("body", options.Body) + "locale: sv-SE\nnumbering: per-meeting\n");
        if (options.Organisation == SkeletonOptions.DefaultOrganisation)
        {
            notes.Add($"protokoll.yml: the organisation is a placeholder ('{options.Organisation}'); write its name there, or import with --organisation.");
        }

        if (budget is not null)
        {
            var draft = BudgetFor(budget, drafts, title: budget.Title);
            files.Add(draft.FileIn(root), draft.ToFileText(root, schemas));
            notes.Add($"budgets/{budget.Year}.yml: from the table on lines {budget.FirstLine}–{budget.LastLine} ({budget.Rows.Count} processes, {budget.Stages.Count} stages).");
        }

        var meeting = new MeetingDraft { Date = options.Date, Body = options.Body, BudgetYear = budget is not null && budget.Year != options.Date.Year ? budget.Year : null };
        files.Add(meeting.FileIn(root), meeting.ToFileText(root, schemas));
        notes.Add(options.DateGiven
            ? $"meetings/{meeting.Id}: dated {options.Date:yyyy-MM-dd} as given by --date."
            : $"meetings/{meeting.Id}: the legacy minutes do not give the meeting's date, so it is dated today ({options.Date:yyyy-MM-dd}); correct 'date' in meeting.yml and rename the folder, or import again with --date.");
        foreach (var draft in drafts)
        {
            files.Add(Path.Combine(meeting.FolderIn(root), draft.FileName), draft.ToFileText());
        }

        foreach (var name in SchemaFiles.Names)
        {
            files.Add(Path.Combine(schemas, name), SchemaFiles.Read(name));
        }

        return new ImportResult(files, FindingOrder.Sort(findings), notes);
    }

    private static List<LegacyItem> ReadItems(LegacyLine[] lines, string file, List<LegacyTable> tables, List<Finding> findings, List<string> notes)
    {
        var starts = Enumerable.Range(0, lines.Length).Where(i => ItemHeading().IsMatch(lines[i].Text)).ToArray();
        var items = new List<LegacyItem>();
        for (var k = 0; k < starts.Length; k++)
        {
            var match = ItemHeading().Match(lines[starts[k]].Text);
            if (!ItemNumber.TryParse(match.Groups["number"].Value, out var number))
            {
                continue;
            }

            var item = new LegacyItem
            {
                Number = number,
                Title = LegacyText.StripTags(match.Groups["title"].Value).Trim().Trim('*').Trim(),
            };
            var end = k + 1 < starts.Length ? starts[k + 1] : lines.Length;
            ReadSection(item, lines[(starts[k] + 1)..end], file, tables, findings, notes);
            items.Add(item);
        }

        var preamble = lines[..(starts.Length > 0 ? starts[0] : lines.Length)].Where(l => !l.IsBlank).ToArray();
        if (preamble.Length > 0 && items.Count > 0)
        {
            items[0].Body.Insert(0, LegacyText.TagsToMarkdown(string.Join("\n", preamble.Select(l => l.Text))));
            findings.Add(Finding.Warning(FindingCodes.ImportUnmapped,
                $"The text before the first item is not part of an item; it is kept at the top of item {items[0].Number}'s body. Move it where it belongs (the date and attendees go in meeting.yml).",
                new SourceLocation(file, preamble[0].Number, 1)));
        }

        return items;
    }

    /// <summary>Sorts an item's lines into proposal, motives, decision and body; the first budget table in the file becomes the budget.</summary>
    private static void ReadSection(LegacyItem item, LegacyLine[] section, string file, List<LegacyTable> tables, List<Finding> findings, List<string> notes)
    {
        var blocks = new List<LegacyLine>();
        var sectionTables = new Dictionary<int, (LegacyTable Table, LegacyLine[] Lines)>();
        for (var i = 0; i < section.Length; i++)
        {
            if (LegacyTableReader.IsTableStart(section[i].Text) && LegacyTableReader.Read(section, i, file, findings, out var end) is { } table)
            {
                sectionTables[section[i].Number] = (table, section[i..end]);
                blocks.AddRange([new(0, ""), new(section[i].Number, TableMarker), new(0, "")]);
                i = end - 1;
            }
            else if (SubHeading().IsMatch(section[i].Text))
            {
                blocks.AddRange([new(0, ""), section[i], new(0, "")]);
            }
            else
            {
                blocks.Add(section[i]);
            }
        }

        var joins = new List<int>();
        var paragraphs = LegacyText.Paragraphs(blocks, joins);
        notes.AddRange(joins.Select(line => $"item {item.Number}: joined the paragraph split by a page break before line {line}."));

        var target = Part.Opening;
        var budgetHeading = "";
        foreach (var paragraph in paragraphs)
        {
            var first = paragraph[0];
            var content = LegacyText.TagsToMarkdown(string.Join("\n", paragraph.Select(l => l.Text.TrimEnd())));
            if (first.Text == TableMarker)
            {
                var (table, raw) = sectionTables[first.Number];
                if (tables.Count == 0)
                {
                    tables.Add(table with { Title = table.Title ?? Capitalise(budgetHeading) });
                    continue;
                }

                item.Body.Add(string.Join("\n", raw.Select(l => l.Text.TrimEnd())).TrimEnd());
                findings.Add(Finding.Warning(FindingCodes.ImportUnmapped,
                    $"A second budget table (the budget is taken from the one on line {tables[0].FirstLine}); this one is checked and kept in item {item.Number}'s body.",
                    new SourceLocation(file, first.Number, 1)));
                continue;
            }

            if (SubHeading().Match(first.Text) is { Success: true } heading && paragraph.Count == 1)
            {
                target = Classify(heading.Groups["text"].Value);
                if (target == Part.Budget)
                {
                    budgetHeading = Regex.Replace(Plain(heading.Groups["text"].Value), "^budget\\s*", "", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                }
                else if (target == Part.Body)
                {
                    item.Body.Add(content);
                }

                continue;
            }

            switch (target)
            {
                case Part.Opening when item.Proposal.Count == 0 && content.Contains("föreslår att", StringComparison.OrdinalIgnoreCase):
                case Part.Proposal:
                    item.ProposalLine = item.ProposalLine == 0 ? first.Number : item.ProposalLine;
                    item.Proposal.Add(content);
                    break;
                case Part.Motives:
                    item.Motives.Add(content);
                    break;
                case Part.Decision:
                    item.Decision.Add(content);
                    break;
                case Part.Budget when tables.Count == 0 && BudgetIntro().Match(content) is { Success: true } intro:
                    budgetHeading = intro.Groups["title"].Value;
                    break;
                case Part.Budget:
                    item.Body.Add(content);
                    findings.Add(Finding.Warning(FindingCodes.ImportUnmapped,
                        $"Text in the budget section that is not the table; it is kept in item {item.Number}'s body.", new SourceLocation(file, first.Number, 1)));
                    break;
                default:
                    item.Body.Add(content);
                    break;
            }
        }
    }

    /// <summary>Gives each item the grant its proposal names ("budget (275 740 kr)" for a process of the table) when exactly one cell matches.</summary>
    private static List<ItemDraft> MapItems(List<LegacyItem> items, LegacyTable? budget, string file, List<Finding> findings, List<string> notes)
    {
        var claimed = new HashSet<(int Row, int Stage)>();
        var drafts = new List<ItemDraft>();
        foreach (var item in items)
        {
            var proposal = item.Proposal.Count == 0 ? null : string.Join("\n\n", item.Proposal);
            var draft = new ItemDraft
            {
                Number = item.Number,
                Title = item.Title,
                Type = proposal is null ? null : "decision",
                Proposal = proposal,
                Motives = item.Motives.Count == 0 ? null : string.Join("\n\n", item.Motives),
                Decision = item.Decision.Count == 0 ? null : string.Join("\n\n", item.Decision),
                Body = item.Body.Count == 0 ? "" : string.Join("\n\n", item.Body) + "\n",
            };
            var amounts = proposal is null ? [] : TextAmountCheck.AmountsIn(proposal).Select(a => a.Value).Distinct().ToArray();
            if (amounts.Length > 0)
            {
                var grant = FindGrant(item, proposal!, amounts, budget, claimed, out var reason);
                if (grant is var (row, stage))
                {
                    claimed.Add((row, stage));
                    var process = budget!.Rows[row].Process;
                    draft = draft with { Process = process, Stage = budget.Stages[stage].Key, Amount = amounts[0] };
                    notes.Add($"item {item.Number}: grants {MoneyFormatter.FormatShort(amounts[0], "sv-SE").Replace(MoneyFormatter.NoBreakSpace, ' ')} to {process} / {budget.Stages[stage].Label} (the proposal's figure, line {item.ProposalLine}, and the table's cell, line {budget.Rows[row].Line}); the budget file leaves that cell to the item.");
                }
                else
                {
                    findings.Add(Finding.Warning(FindingCodes.ImportUnmapped,
                        $"The proposal names an amount, but {reason}; the item is imported without 'amount'. Add process, stage and amount by hand if it grants money.",
                        new SourceLocation(file, item.ProposalLine, 1)));
                }
            }

            drafts.Add(draft);
        }

        return drafts;
    }

    private static (int Row, int Stage)? FindGrant(LegacyItem item, string proposal, decimal[] amounts, LegacyTable? budget, HashSet<(int, int)> claimed, out string reason)
    {
        if (budget is null)
        {
            reason = "the minutes have no budget table to name its process";
            return null;
        }

        if (amounts.Length > 1)
        {
            reason = "it names several amounts";
            return null;
        }

        var rows = Enumerable.Range(0, budget.Rows.Count)
            .Where(r => item.Title.Contains(budget.Rows[r].Process, StringComparison.OrdinalIgnoreCase)
                || proposal.Contains(budget.Rows[r].Process, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (rows.Length != 1)
        {
            reason = rows.Length == 0 ? "neither the title nor the proposal names a process of the budget table" : "the title and proposal name several processes of the budget table";
            return null;
        }

        var stages = Enumerable.Range(0, budget.Stages.Count)
            .Where(s => budget.Rows[rows[0]].Cells[s].Amount == amounts[0] && !claimed.Contains((rows[0], s)))
            .ToArray();
        if (stages.Length != 1)
        {
            reason = $"{budget.Rows[rows[0]].Process}'s row of the budget table has {(stages.Length == 0 ? "no" : "more than one")} cell of that amount";
            return null;
        }

        reason = "";
        return (rows[0], stages[0]);
    }

    private static BudgetDraft BudgetFor(LegacyTable table, List<ItemDraft> items, string? title)
    {
        var granted = items.Where(i => i.Amount is not null).Select(i => (i.Process, i.Stage)).ToHashSet();
        var allocations = new List<(string, string, decimal)>();
        foreach (var row in table.Rows)
        {
            for (var s = 0; s < table.Stages.Count; s++)
            {
                if (row.Cells[s].Amount > 0 && !granted.Contains((row.Process, table.Stages[s].Key)))
                {
                    allocations.Add((row.Process, table.Stages[s].Key, row.Cells[s].Amount));
                }
            }
        }

        var grantNote = granted.Count == 0 ? "" : "\nThe cells granted by the imported items are in those items, not here.";
        return new BudgetDraft
        {
            Year = table.Year,
            Title = title ?? "",
            Total = table.Total.Amount,
            Stages = table.Stages,
            Processes = table.Rows.Select(r => r.Process).ToArray(),
            Allocations = allocations,
            AllocationsNote = $"Imported from the legacy budget table (lines {table.FirstLine.ToString(CultureInfo.InvariantCulture)}–{table.LastLine.ToString(CultureInfo.InvariantCulture)}).{grantNote}",
        };
    }

    private static Part Classify(string heading)
    {
        var text = Plain(heading).ToLowerInvariant();
        return text switch
        {
            _ when text.StartsWith("motiv", StringComparison.Ordinal) => Part.Motives,
            _ when text.StartsWith("förslag", StringComparison.Ordinal) => Part.Proposal,
            "beslut" or "beslutet" => Part.Decision,
            _ when text.StartsWith("budget", StringComparison.Ordinal) => Part.Budget,
            _ => Part.Body,
        };
    }

    private static string Plain(string heading) => LegacyText.StripTags(heading).Trim().Trim('*', '_', ':', ' ').Trim();

    private static string? Capitalise(string text) =>
        text.Length == 0 ? null : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private enum Part
    {
        Opening,
        Proposal,
        Motives,
        Decision,
        Budget,
        Body,
    }

    [GeneratedRegex(@"^#{1,2}\s+(?:<[^>]+>)*(?<number>[0-9]{1,9}\s?[a-z]?)[.)]?\s+(?<title>\S.*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemHeading();

    [GeneratedRegex(@"^#{3,6}\s+(?<text>.+?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SubHeading();

    [GeneratedRegex(@"budgeten för (?<title>.+?) hittills", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BudgetIntro();
}
