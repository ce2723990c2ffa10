using System.Collections.Concurrent;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Protokoll.Gen.Rendering.Html;

/// <summary>
/// Markdown to safe HTML with one shared Markdig pipeline (pipe tables, emphasis extras, heading ids). Headings of
/// an item body are shifted so that they sit below the item's own heading (never an h1 or h2 of their own), and
/// their ids are prefixed with the item so two items' "Bakgrund" never collide. Text with raw HTML or an address
/// of an unusual form goes through <see cref="ContentSanitizer"/>; Markdig's own output needs none
/// (<see cref="GeneratedMarkupPolicy"/>).
/// </summary>
public static class MarkdownRenderer
{
    // Heading ids without AutoLink: AutoLink made "[Bakgrund]" a link to the heading "Bakgrund", to its id before the
    // item prefix is added, so to an anchor no page has. Registering every heading for that, through the culture-aware
    // comparer CommonMark labels need, took a fifth of Markdig's parsing time.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(AutoIdentifierOptions.AllowOnlyAscii)
        .Build();

    /// <summary>
    /// Sanitizing parses the HTML as a browser would, a large fixed cost for a one-line text, and short texts repeat
    /// ("Styrgruppen beslutar enligt förslaget." in most decisions). The sanitizer is a pure function of its input,
    /// so short results are kept; bodies are long and unique, and are not.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string> Sanitized = new(StringComparer.Ordinal);

    private const int MaxCachedLength = 1024;
    private const int MaxCachedEntries = 10_000;

    /// <summary>
    /// Why <paramref name="markdown"/> cannot be rendered, or null when it can: Markdig refuses to render input nested
    /// deeper than it allows (hundreds of '[' or '*' in a row) with an exception, which the check reports before a build.
    /// </summary>
    public static string? Problem(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown) || !MarkdownNesting.MightNestTooDeeply(markdown))
        {
            return null;
        }

        try
        {
            Markdown.ToHtml(markdown, Pipeline);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    /// <param name="markdown">The Markdown text.</param>
    /// <param name="minimumHeadingLevel">The highest heading level the text may use (3 below an item's h2).</param>
    /// <param name="idPrefix">Prefix for heading ids, unique per item within a document.</param>
    public static HtmlFragment Render(string? markdown, int minimumHeadingLevel, string idPrefix)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlFragment.Empty;
        }

        var document = Markdown.Parse(markdown, Pipeline);

        // One walk over the tree: it is as long as the text, and a build renders every text of every item.
        var headings = new List<HeadingBlock>();
        var safe = true;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    headings.Add(heading);
                    break;
                case Table table:
                    GeneratedMarkupPolicy.RemoveColumnAlignment(table);
                    break;
                default:
                    safe &= GeneratedMarkupPolicy.IsSafeAsRendered(node);
                    break;
            }
        }

        if (headings.Count > 0)
        {
            var shift = Math.Max(0, minimumHeadingLevel - headings.Min(h => h.Level));
            foreach (var heading in headings)
            {
                heading.Level = Math.Min(6, heading.Level + shift);
                var attributes = heading.GetAttributes();
                if (attributes.Id is { Length: > 0 } id)
                {
                    attributes.Id = idPrefix + id;
                }
            }
        }

        var html = document.ToHtml(Pipeline);
        return HtmlFragment.Trimmed(safe ? html : Sanitize(html));
    }

    private static string Sanitize(string html)
    {
        if (html.Length > MaxCachedLength)
        {
            return ContentSanitizer.Sanitize(html);
        }

        if (Sanitized.TryGetValue(html, out var known))
        {
            return known;
        }

        var safe = ContentSanitizer.Sanitize(html);
        if (Sanitized.Count < MaxCachedEntries)
        {
            Sanitized.TryAdd(html, safe);
        }

        return safe;
    }

    /// <summary>
    /// Markdown that runs on after a name ("Jonas Berg (Avslag): …"): a single paragraph loses its &lt;p&gt; so it
    /// stays on the name's line; anything longer keeps its blocks.
    /// </summary>
    public static HtmlFragment RenderInline(string? markdown, string idPrefix)
    {
        var html = Render(markdown, 4, idPrefix).Html;
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? new HtmlFragment(html[3..^4])
            : new HtmlFragment(html);
    }
}
