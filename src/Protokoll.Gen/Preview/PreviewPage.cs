using System.Globalization;
using System.Net;
using System.Text;

namespace Protokoll.Gen.Preview;

/// <summary>
/// What the preview adds to a page as it is served, never to the built file: a banner with the latest build's
/// findings at the top of the body, and a small script that reloads the page when the events stream announces
/// another build. Every finding is HTML-escaped: its message quotes the content, which may hold markup.
/// </summary>
public static class PreviewPage
{
    public const string EventsPath = "/__protokoll/events";
    public const string BannerId = "protokoll-preview-findings";
    public const string ScriptId = "protokoll-preview-reload";

    public static string Inject(string html, PreviewState state)
    {
        var builder = new StringBuilder(html.Length + 2048);
        var bodyOpen = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var bodyContentStart = bodyOpen < 0 ? 0 : html.IndexOf('>', bodyOpen) + 1;
        var bodyClose = html.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase);
        if (bodyContentStart <= 0 || bodyClose < bodyContentStart)
        {
            // Not the shape our templates write (an override may print anything): banner first, script last.
            return builder.Append(Banner(state)).Append(html).Append(Script(state)).ToString();
        }

        return builder
            .Append(html, 0, bodyContentStart)
            .Append(Banner(state))
            .Append(html, bodyContentStart, bodyClose - bodyContentStart)
            .Append(Script(state))
            .Append(html, bodyClose, html.Length - bodyClose)
            .ToString();
    }

    /// <summary>The page for every request while no build has succeeded yet: the findings and the reload script.</summary>
    public static string Placeholder(PreviewState state) =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>protokoll serve: nothing built yet</title>
        </head>
        <body>
        {Banner(state)}<p>Nothing has been built yet. This page reloads when a build succeeds.</p>
        {Script(state)}</body>
        </html>

        """;

    private static string Banner(PreviewState state)
    {
        if (state.Findings.Count == 0)
        {
            return "";
        }

        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"<div id=\"{BannerId}\" role=\"alert\" style=\"position:sticky;top:0;z-index:2147483647;margin:0 0 1em;padding:.75em 1em;background:#fdecea;color:#611a15;border-bottom:3px solid #b3261e;font:14px/1.4 system-ui,sans-serif\">");
        builder.Append(state.HasSite
            ? "<strong>The build failed.</strong> This is the last good build; fix these and the page reloads:"
            : "<strong>The build failed.</strong> Fix these and the page reloads:");
        builder.Append("<ul style=\"margin:.5em 0 0;padding-left:1.25em\">");
        foreach (var finding in state.Findings)
        {
            builder.Append("<li><code style=\"white-space:pre-wrap\">").Append(WebUtility.HtmlEncode(finding)).Append("</code></li>");
        }

        return builder.Append("</ul></div>\n").ToString();
    }

    private static string Script(PreviewState state) =>
        string.Create(CultureInfo.InvariantCulture, $$"""
            <script id="{{ScriptId}}">
            // Added by protokoll serve, not part of the built page: reload when a build other than this one is announced.
            (function () {
              var build = "{{state.Build}}";
              var events = new EventSource("{{EventsPath}}");
              events.onmessage = function (event) {
                if (event.data !== build) { events.close(); location.reload(); }
              };
            }());
            </script>

            """);
}
