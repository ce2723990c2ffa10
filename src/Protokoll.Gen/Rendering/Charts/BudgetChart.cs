using System.Globalization;
using System.Net;
using System.Text;
using Protokoll.Gen.Budget;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Rendering.Html;

namespace Protokoll.Gen.Rendering.Charts;

/// <summary>
/// An inline SVG of what each process holds and what remains of the total: one stacked bar and a legend, no
/// script, readable in print and by screen readers (a title and a description that carry the figures).
/// </summary>
public static class BudgetChart
{
    private const int Width = 640;
    private const int BarHeight = 28;
    private const int LegendRow = 22;

    // Dark enough for white text and distinct in greyscale print.
    private static readonly string[] Colours = ["#1f4e79", "#2e7d32", "#8e24aa", "#c62828", "#ef6c00", "#00838f", "#5d4037", "#455a64"];

    public static HtmlFragment Render(BudgetState state, Labels labels)
    {
        var locale = labels.Locale;
        var rows = state.Processes.Where(p => p.Total > 0).Select(p => (p.Name, p.Total)).ToList();
        var remaining = Math.Max(0, state.Remaining);
        var scale = Math.Max(state.Total, state.Reserved);
        var height = BarHeight + 16 + LegendRow * (rows.Count + 1);
        var id = $"chart-{state.Year.ToString(CultureInfo.InvariantCulture)}";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"budget-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(labels["chart_title"])} {state.Year}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Encode(string.Join("; ", rows.Select(r => $"{r.Name}: {Money(r.Total, locale)}").Append($"{labels["chart_remaining"]}: {Money(remaining, locale)}")))}</desc>");

        var x = 0m;
        var segments = rows.Select((row, index) => (row.Name, row.Total, Colour: Colours[index % Colours.Length]))
            .Append((Name: labels["chart_remaining"], Total: remaining, Colour: "#e0e0e0"))
            .ToArray();
        foreach (var segment in segments)
        {
            var width = scale == 0 ? 0 : decimal.Round(segment.Total / scale * Width, 2);
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{x}\" y=\"0\" width=\"{width}\" height=\"{BarHeight}\" fill=\"{segment.Colour}\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
            x += width;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            var y = BarHeight + 16 + (i * LegendRow);
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"0\" y=\"{y}\" width=\"14\" height=\"14\" fill=\"{segments[i].Colour}\" stroke=\"#616161\" stroke-width=\"0.5\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"22\" y=\"{y + 12}\" font-size=\"13\" fill=\"#212121\">{Encode(segments[i].Name)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{Width}\" y=\"{y + 12}\" font-size=\"13\" fill=\"#212121\" text-anchor=\"end\">{Encode(Money(segments[i].Total, locale))}</text>");
        }

        svg.Append("</svg>");
        return new HtmlFragment(svg.ToString());
    }

    private static string Money(decimal amount, string locale) => MoneyFormatter.Format(amount, locale);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
