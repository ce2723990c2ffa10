using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Protokoll.Gen.Rendering.Html;

/// <summary>
/// Decides when Markdig's HTML needs no sanitizing, because it holds nothing the sanitizer would remove. Markdig
/// writes only its own elements (all on <see cref="ContentSanitizer"/>'s allow-list) and escapes every text and
/// attribute value it prints; the writer's input can smuggle in markup only through raw HTML (HtmlBlock, HtmlInline),
/// and an unsafe address only through a link or image URL. A document without raw HTML whose every URL is of a form
/// the sanitizer keeps unchanged is therefore safe as rendered. Everything else still goes through the sanitizer.
/// </summary>
/// <remarks>
/// Why this exists: the sanitizer parses the HTML as a browser would, and for bodies without raw HTML that parse was
/// about a third of a build's time (docs/performance.md). The test <c>GeneratedMarkupPolicyTests</c> checks, over
/// the XSS corpus and generated Markdown, that the sanitizer leaves every document this policy passes unchanged.
/// </remarks>
internal static class GeneratedMarkupPolicy
{
    /// <summary>
    /// Table column alignment is written by Markdig as a style attribute, which the sanitizer removes (styles can load
    /// URLs). Dropping it from the syntax tree gives the same page on both paths.
    /// </summary>
    public static void RemoveColumnAlignment(Table table)
    {
        foreach (var column in table.ColumnDefinitions)
        {
            column.Alignment = null;
        }
    }

    /// <summary>Whether this node renders to markup the sanitizer would leave as it is (see the class summary).</summary>
    public static bool IsSafeAsRendered(MarkdownObject node) => node switch
    {
        HtmlBlock or HtmlInline => false,
        LinkInline link => IsKeptUrl(link.Url),
        AutolinkInline autolink => autolink.IsEmail || IsKeptUrl(autolink.Url),
        _ => true,
    };

    /// <summary>
    /// An address the sanitizer keeps as it is: http, https or mailto, or a plain relative one (a fragment, a path).
    /// Conservative on purpose: anything with a scheme-like prefix, a control character or white space is left to
    /// the sanitizer, which knows how browsers read such addresses.
    /// </summary>
    internal static bool IsKeptUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        foreach (var c in url)
        {
            if (c <= ' ' || c == '\u007f' || c == '\\' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Relative: no ':' before the first '/', '?' or '#', so no scheme at all.
        var end = url.IndexOfAny(['/', '?', '#']);
        return url.AsSpan(0, end < 0 ? url.Length : end).IndexOf(':') < 0;
    }
}
