using System.Net;

namespace Protokoll.Gen.Pdf;

/// <summary>
/// Chromium's header and footer templates: they render outside the document, without its stylesheet and at a
/// near-zero default font size, so every style they need is inline here.
/// </summary>
internal static class PageTemplates
{
    private const string Style =
        "font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:8pt;color:#444;width:100%;padding:0 20mm;";

    public static string Header(string headerText) =>
        $"<div style=\"{Style}text-align:left;\"><span>{WebUtility.HtmlEncode(headerText)}</span></div>";

    /// <summary>pageNumber and totalPages are classes Chromium fills in per page.</summary>
    public static string Footer(string language)
    {
        var (page, of) = IsSwedish(language) ? ("Sida", "av") : ("Page", "of");
        return $"<div style=\"{Style}text-align:center;\">{page} <span class=\"pageNumber\"></span> {of} <span class=\"totalPages\"></span></div>";
    }

    public static bool IsSupported(string language) => IsSwedish(language) || IsEnglish(language);

    private static bool IsSwedish(string language) => language.Equals("sv-SE", StringComparison.OrdinalIgnoreCase);

    private static bool IsEnglish(string language) => language.Equals("en-GB", StringComparison.OrdinalIgnoreCase);
}
