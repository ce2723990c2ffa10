using AngleSharp.Html.Parser;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Rendering.Html;

/// <summary>
/// Payloads of the kinds on the OWASP XSS filter-evasion list, in every place content reaches the page: item
/// bodies, titles, front-matter text and attendee names. None may reach the output active.
/// </summary>
public sealed class XssTests
{
    internal static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<a href=\"javascript:alert(1)\">klick</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">ent</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
        "<svg onload=alert(1)><circle r=5/></svg>",
        "<div style=\"background:url(javascript:alert(1))\">css</div>",
        "<p style=\"background-image: url('http://xss.example/x.png')\">css2</p>",
        "<iframe src=\"http://xss.example\"></iframe>",
        "<body onload=alert(1)>",
        "<math><mi xlink:href=\"javascript:alert(1)\">m</mi></math>",
        "<style>@import 'http://xss.example/x.css';</style>",
        "<object data=\"http://xss.example/x.swf\"></object>",
        "<details open ontoggle=alert(1)>",
        "[klick](javascript:alert(1))",
        "![bild](javascript:alert(1))",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">hex</a>",
        "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">padded</a>",
        "<a href=\"  javascript:alert(1)\">spaces</a>",
        "<a href=\"\njavascript:alert(1)\">newline</a>",
        "<a href=\"&#13;&#10;javascript:alert(1)\">crlf</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">case</a>",
        "<a href=\"vbscript:msgbox(1)\">vb</a>",
        "<svg><use href=\"data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2UgaHJlZj0nMScgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x\"/></svg>",
        "<svg><use xlink:href=\"http://xss.example/x.svg#x\"/></svg>",
        "<form action=\"javascript:alert(1)\"><button>skicka</button></form>",
        "<button formaction=\"javascript:alert(1)\">b</button>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"http://xss.example/\">",
        "<link rel=\"stylesheet\" href=\"http://xss.example/x.css\">",
        "<img srcset=\"javascript:alert(1) 1x, http://xss.example/x.png 2x\">",
        "<picture><source srcset=\"http://xss.example/x.png\"></picture>",
        "<div style=\"width: expression(alert(1))\">ie</div>",
        "<img src=\"x\" style=\"xss:expr/**/ession(alert(1))\">",
        "<input autofocus onfocus=alert(1)>",
        "<embed src=\"http://xss.example/x.swf\">",
        "<template><script>alert(1)</script></template>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<a href=\"http://ok.example\" target=\"_blank\" rel=\"opener\">ok</a>",
    ];

    [Fact]
    public void No_payload_reaches_any_page_active()
    {
        using var content = TempContent.FromSample();
        var all = string.Join("\n\n", Payloads);
        var yamlSafe = all.Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        content.WriteItem("09a-xss.md", $"number: 9a\ntitle: \"{yamlSafe}\"\ntype: decision\nproposal: \"{yamlSafe}\"\nmotives: \"{yamlSafe}\"\ndecision: \"{yamlSafe}\"\napplicant: \"{yamlSafe}\"\nattachments:\n  - \"{yamlSafe}\"", all, meeting: "2022-09-15-styrgrupp");
        content.Write("meetings/2022-09-15-styrgrupp/meeting.yml",
            $"date: 2022-09-15\nplace: \"{yamlSafe}\"\nchair: \"{yamlSafe}\"\nadjusters: [\"{yamlSafe}\"]\nattendees:\n  - group: \"{yamlSafe}\"\n    people:\n      - {{ name: \"{yamlSafe}\", organisation: \"{yamlSafe}\", role: \"{yamlSafe}\" }}\nabsent: [\"{yamlSafe}\"]\n");

        using var site = BuiltSite.Of(content.Root);

        Assert.Equal(0, site.Run.ExitCode);
        var parser = new HtmlParser();
        foreach (var page in site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(site.Text(page));
            Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, style, body[onload], math, form, button, input, meta[http-equiv], base, use, picture, source, template, noscript, [srcset], [formaction], [target]"));
            Assert.All(document.QuerySelectorAll("link"), link => Assert.EndsWith("assets/protokoll.css", link.GetAttribute("href"), StringComparison.Ordinal));
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{page}: event handler {attribute.Name} on <{element.LocalName}>");
                    Assert.False(attribute.Name == "style", $"{page}: style attribute on <{element.LocalName}>");
                    Assert.False(attribute.Value.Contains("expression(", StringComparison.OrdinalIgnoreCase), $"{page}: CSS expression in <{element.LocalName}>");
                    if (attribute.Name is "href" or "src" or "xlink:href" or "data" or "action" or "formaction" or "srcset")
                    {
                        Assert.True(IsSafeUrl(attribute.Value), $"{page}: unsafe URL {attribute.Value} in <{element.LocalName}>");
                    }
                }
            }

            Assert.DoesNotContain(document.QuerySelectorAll("svg").SelectMany(s => s.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Allowed_formatting_from_the_seed_survives()
    {
        using var content = TempContent.FromSample();
        content.WriteItem("09a-format.md", "number: 9a\ntitle: Format", "Text med <u>understrykning</u> och <b>fetstil</b>.\n", meeting: "2022-09-15-styrgrupp");

        using var site = BuiltSite.Of(content.Root);

        var document = new HtmlParser().ParseDocument(site.Text("2022-09-15-styrgrupp/protokoll.html"));
        Assert.Equal("understrykning", document.QuerySelector("#p9a u")!.TextContent);
        Assert.Equal("fetstil", document.QuerySelector("#p9a b")!.TextContent);
    }

    [Fact]
    public void Markup_in_a_title_is_shown_as_text()
    {
        using var content = TempContent.FromSample();
        content.WriteItem("09a-title.md", "number: 9a\ntitle: \"Budget <b>2023</b> & framåt\"", meeting: "2022-09-15-styrgrupp");

        using var site = BuiltSite.Of(content.Root);

        var heading = new HtmlParser().ParseDocument(site.Text("2022-09-15-styrgrupp/protokoll.html")).QuerySelector("#p9a h2")!;
        Assert.Equal("§ 9 a Budget <b>2023</b> & framåt", heading.TextContent);
        Assert.Empty(heading.QuerySelectorAll("b"));
    }

    private static bool IsSafeUrl(string url)
    {
        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return !trimmed.StartsWith("javascript:", StringComparison.Ordinal)
            && !trimmed.StartsWith("data:", StringComparison.Ordinal)
            && !trimmed.StartsWith("vbscript:", StringComparison.Ordinal);
    }
}
