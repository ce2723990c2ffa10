using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Protokoll.Gen.Pdf;

/// <summary>
/// Tagged PDFs name structure elements after Blink's DOM node ids ("node00000024"). Those come from a counter
/// shared by every page in a renderer process, so the same HTML gets different ids depending on what else was
/// printed before or alongside it. Renumbering them by rank keeps their order (the /IDTree must stay sorted)
/// and their width (so no byte offset moves), and makes them depend on the document alone.
/// </summary>
internal static partial class PdfStructureIds
{
    public static byte[] Renumber(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);

        var text = Encoding.Latin1.GetString(pdf);
        var matches = NodeId().Matches(text);
        if (matches.Count == 0)
        {
            return pdf;
        }

        // Distinct non-negative ids sorted ascending satisfy id[i] >= i, so rank i never needs more digits than id[i].
        var ranks = matches.Select(match => long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .Order()
            .Select((id, rank) => (id, rank))
            .ToDictionary(pair => pair.id, pair => pair.rank);

        var result = (byte[])pdf.Clone();
        foreach (Match match in matches)
        {
            var digits = match.Groups[1];
            var renumbered = ranks[long.Parse(digits.Value, CultureInfo.InvariantCulture)]
                .ToString("D" + digits.Length.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            Encoding.Latin1.GetBytes(renumbered, 0, renumbered.Length, result, digits.Index);
        }

        return result;
    }

    [GeneratedRegex(@"\(node([0-9]{8})\)")]
    private static partial Regex NodeId();
}
