using System.Text;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Rendering.Budget;
using Protokoll.Gen.Rendering.Output;
using Protokoll.Gen.Rendering.Templates;
using Protokoll.Gen.Rendering.Views;
using Scriban.Runtime;

namespace Protokoll.Gen.Rendering;

/// <summary>
/// Renders a checked content folder into the files of the site: index, per meeting the minutes, the notice and an
/// extract per item, per budget year the summary as HTML, Markdown, JSON and CSV, and the stylesheet. Pages are
/// rendered in parallel and each is handed to <c>write</c> (from several threads at once) as soon as it is done (into a staging folder, which a
/// template error throws away whole), so no build holds its whole output in memory; the list of files comes back
/// in a fixed order. The public edition writes no extract of a withheld item: it would say nothing but "Sekretess".
/// </summary>
public static class SiteBuilder
{
    public const string StylesheetName = "assets/protokoll.css";

    public static SiteBuildResult Build(
        Analysis analysis, TemplateSet templates, Labels labels, Action<OutputFile> write, Edition edition = Edition.Internal, CancellationToken cancellationToken = default)
    {
        var publication = new Publication(edition);
        var site = new ViewBuilder(analysis, labels, publication).Build();
        var labelObject = new ScriptObject();
        foreach (var (key, value) in labels.Values)
        {
            labelObject[key] = value;
        }

        var author = string.Join(", ", new[] { site.Organisation, site.Body }.Where(s => s.Length > 0));
        var pages = new List<(string Path, string Template, Dictionary<string, object?> Globals, DocumentInfo Document)>();
        var money = new Func<decimal, string>(amount => MoneyFormatter.Format(amount, labels.Locale));
        var moneyShort = new Func<decimal, string>(amount => MoneyFormatter.FormatShort(amount, labels.Locale));
        var longDate = new Func<string, string>(iso => DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? DateFormatter.Long(date, labels.Locale)
            : iso);
        Dictionary<string, object?> Globals(string root, params (string Key, object? Value)[] values)
        {
            var globals = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["site"] = site,
                ["labels"] = labelObject,
                ["root"] = root,
                ["money"] = money,
                ["money_short"] = moneyShort,
                ["long_date"] = longDate,
            };
            foreach (var (key, value) in values)
            {
                globals[key] = value;
            }

            return globals;
        }

        var indexDate = site.Meetings.Count > 0 ? DateOnly.Parse(site.Meetings[0].Date, System.Globalization.CultureInfo.InvariantCulture) : new DateOnly(2000, 1, 1);
        pages.Add(("index.html", "index.sbnhtml", Globals(""), new DocumentInfo($"{labels["index"]}: {site.Body}", author, labels["index"], site.Body, indexDate, labels.Locale)));
        foreach (var meeting in site.Meetings)
        {
            var date = DateOnly.Parse(meeting.Date, System.Globalization.CultureInfo.InvariantCulture);
            var header = $"{meeting.Body} · {meeting.DateText}";
            pages.Add(($"{meeting.Id}/protokoll.html", "protokoll.sbnhtml", Globals("../", ("meeting", meeting)),
                new DocumentInfo($"{labels["minutes"]} {meeting.Body} {meeting.DateText}", author, labels["minutes"], header, date, labels.Locale)));
            pages.Add(($"{meeting.Id}/kallelse.html", "kallelse.sbnhtml", Globals("../", ("meeting", meeting)),
                new DocumentInfo($"{labels["notice"]} {meeting.Body} {meeting.DateText}", author, labels["notice"], header, date, labels.Locale)));
            foreach (var item in meeting.Items.Where(i => i.Slug.Length > 0 && !i.Withheld))
            {
                pages.Add(($"{meeting.Id}/utdrag/{item.Slug}.html", "utdrag.sbnhtml", Globals("../../", ("meeting", meeting), ("item", item)),
                    new DocumentInfo($"{labels["extract"]} {item.Heading} {item.Title}", author, $"{labels["extract"]} {meeting.Body} {meeting.DateText}", header, date, labels.Locale)));
            }
        }

        foreach (var budget in site.Budgets)
        {
            pages.Add(($"budget/{budget.Year}.html", "budget.sbnhtml", Globals("../", ("budget", budget)),
                new DocumentInfo($"{budget.Title} {budget.Year}", author, labels["budget_heading"], $"{site.Body} · {budget.Title} {budget.Year}", new DateOnly(budget.Year, 12, 31), labels.Locale)));
        }

        // Each page is encoded and handed on as soon as it is rendered. Holding every page until all were done cost
        // 1.3 GB at 10 000 items, and the garbage collector copied each page twice on its way to the oldest generation.
        var rendered = new (bool Written, List<Finding> Findings)[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var findings = new List<Finding>();
            var html = templates.RenderUtf8(pages[i].Template, pages[i].Globals, findings);
            if (html is not null)
            {
                write(new OutputFile(pages[i].Path, html, pages[i].Document));
            }

            rendered[i] = (html is not null, findings);
        });

        var allFindings = rendered.SelectMany(r => r.Findings).ToList();
        var files = new List<WrittenFile>();
        for (var i = 0; i < pages.Count; i++)
        {
            if (rendered[i].Written)
            {
                files.Add(new WrittenFile(pages[i].Path, pages[i].Document));
            }
        }

        void WriteReport(OutputFile file)
        {
            write(file);
            files.Add(WrittenFile.Of(file));
        }

        foreach (var state in analysis.Content.Budgets.Select(b => analysis.Ledger.State(b.Year)!))
        {
            foreach (var (extension, format) in new[] { ("md", BudgetReportFormat.Markdown), ("json", BudgetReportFormat.Json), ("csv", BudgetReportFormat.Csv) })
            {
                var text = BudgetReport.Write(state, format, labels, analysis.Content.Root, publication);
                WriteReport(new OutputFile($"budget/{state.Year}.{extension}", Encoding.UTF8.GetBytes(text)));
            }
        }

        WriteReport(new OutputFile(StylesheetName, Encoding.UTF8.GetBytes(templates.ReadText(StylesheetName) ?? "")));
        return new SiteBuildResult(files, FindingOrder.Sort(allFindings));
    }
}
