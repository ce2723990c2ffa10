using Ganss.Xss;

namespace Protokoll.Gen.Rendering.Html;

/// <summary>
/// The allow-list for HTML written in items (the seed uses &lt;u&gt; and &lt;b&gt;): HtmlSanitizer parses the HTML as
/// a browser would and keeps only known-safe tags and attributes; no scripts, no event handlers, no styles
/// (CSS can load URLs), and links only to http, https and mailto.
/// </summary>
internal static class ContentSanitizer
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var tag in (string[])[
            "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl", "dt", "em", "h1", "h2", "h3",
            "h4", "h5", "h6", "hr", "i", "img", "ins", "li", "mark", "ol", "p", "pre", "s", "small", "span", "strong",
            "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
        ])
        {
            sanitizer.AllowedTags.Add(tag);
        }

        sanitizer.AllowedAttributes.Clear();
        foreach (var attribute in (string[])["href", "title", "id", "alt", "src", "colspan", "rowspan", "scope", "start", "align", "class"])
        {
            sanitizer.AllowedAttributes.Add(attribute);
        }

        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowDataAttributes = false;
        return sanitizer;
    }
}
