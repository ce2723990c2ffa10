using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using Markdig;
using Markdig.Syntax;
using Protokoll.Gen.Rendering.Html;
using Protokoll.Gen.Tests.Loading.Fuzz;
using Protokoll.Gen.Tests.Support;
using FsGen = FsCheck.Fluent.Gen;

namespace Protokoll.Gen.Tests.Rendering.Html;

/// <summary>
/// The renderer skips the HTML sanitizer for Markdown without raw HTML and with plain addresses. These tests hold
/// that shortcut to its promise: whatever the renderer returns, by either path, is a page the sanitizer would leave
/// exactly as it is, so skipping it can never let through what it would have removed.
/// </summary>
public sealed class GeneratedMarkupPolicyTests
{
    /// <summary>Markdown-only ways of writing a dangerous address, and ordinary ones that must stay fast.</summary>
    public static TheoryData<string> MarkdownCases { get; } =
    [
        "[klick](javascript:alert(1))",
        "[klick](JAVASCRIPT:alert(1))",
        "[klick](<javascript:alert(1)>)",
        "[klick](&#106;avascript:alert(1))",
        "[klick](java%73cript:alert(1))",
        "[klick](java\\script:alert(1))",
        "[klick][ref]\n\n[ref]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "![bild](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[x](//xss.example/x)",
        "[x](http://ok.example/a?b=c&d=\"e\")",
        "[x](https://ok.example \"titel \\\"med\\\" citat\")",
        "[x](mailto:kansliet@example.se)",
        "<kansliet@example.se>",
        "<https://ok.example/x>",
        "[x](#p8)",
        "<https://example.se>",
        "[x](HTTP://EXAMPLE.SE)",
        "[x](https://example.se:443/a/../b?q=å&r=%20#frag)",
        "[x](<mailto:Kansliet@Example.se?subject=Protokoll 8>)",
        "[x](bilagor/../../etc/passwd)",
        "[x](./plan%20ett.pdf)",
        "[x](bilagor/plan.pdf)",
        "| Belopp | Kr |\n| ---: | :--: |\n| Steg 1 | 275 740 |",
        "```html\n<script>alert(1)</script>\n```",
        "    <script>alert(1)</script>",
        "`<img src=x onerror=alert(1)>`",
        "Text med \"citat\" & <u>understrykning</u> och ~~struken~~ ==markerad== ^upp^ ~ned~.",
        "# Rubrik {#id}\n\n## Bakgrund\n\n- a\n- b\n\n1. c\n\n> citat\n\n---\n\nrad  \nbrytning",
    ];

    [Theory]
    [MemberData(nameof(MarkdownCases))]
    public void The_sanitizer_leaves_rendered_markdown_unchanged(string markdown) => AssertFixedPoint(markdown);

    [Fact]
    public void The_sanitizer_leaves_every_rendered_xss_payload_unchanged()
    {
        foreach (var payload in XssTests.Payloads)
        {
            AssertFixedPoint(payload);
        }
    }

    [Fact]
    public void The_sanitizer_leaves_every_sample_text_unchanged()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.SampleContent, "*.md", SearchOption.AllDirectories))
        {
            AssertFixedPoint(File.ReadAllText(file));
        }
    }

    [Fact]
    public void The_sanitizer_leaves_generated_markdown_unchanged()
    {
        var pieces = FsGen.Elements(
            "[", "]", "(", ")", "<", ">", "!", ":", "/", "#", "&", ";", "\"", "'", "`", "*", "_", "~", "=", "^", "|", "-",
            " ", "\n", "\n\n", "\t", "\\", "&#106;", "&#x3A;", "%3A", "javascript", "JaVaScRiPt", "data", "vbscript", "http", "https",
            "mailto", "://", "xss.example", "u", "b", "script", "img", "onerror=", "style=", "a href=", "| --- |", "---", "1. ", "> ",
            "ordinär text", "Lindesbergs kommun", "275 740 kr", "\u00a0", "\u2028");
        var markdown = FsGen.ListOf(pieces).Select(string.Concat);
        Check.One(FuzzSettings.Config(2_000, share: 5), Prop.ForAll(markdown.ToArbitrary(), AssertFixedPoint));
    }

    [Theory]
    [InlineData("Styrgruppen beslutar enligt förslaget.")]
    [InlineData("## Bakgrund\n\nSe [planen](https://example.se/plan) och [bilagan](bilagor/a.pdf#s2).\n\n| a | b |\n| --- | --- |\n| 1 | 2 |")]
    [InlineData("<kansliet@example.se> och <https://example.se>")]
    public void Markdown_without_raw_html_and_with_plain_addresses_needs_no_sanitizing(string markdown) =>
        Assert.True(IsSafeAsRendered(markdown));

    [Theory]
    [InlineData("Text med <u>understrykning</u>.")]
    [InlineData("<div>block</div>")]
    [InlineData("[klick](javascript:alert(1))")]
    [InlineData("![bild](data:image/png;base64,AAAA)")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("[klick][ref]\n\n[ref]: JavaScript:alert(1)")]
    public void Raw_html_and_unusual_addresses_go_through_the_sanitizer(string markdown) =>
        Assert.False(IsSafeAsRendered(markdown));

    [Theory]
    [InlineData("https://example.se/a", true)]
    [InlineData("HTTP://EXAMPLE.SE", true)]
    [InlineData("mailto:a@example.se", true)]
    [InlineData("#p8", true)]
    [InlineData("bilagor/plan.pdf?s=1#a:b", true)]
    [InlineData("", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData(" https://example.se", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("urn:isbn:123", false)]
    public void Only_plain_addresses_are_kept_as_written(string url, bool kept) =>
        Assert.Equal(kept, GeneratedMarkupPolicy.IsKeptUrl(url));

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static readonly HtmlParser Parser = new();

    private static bool IsSafeAsRendered(string markdown) =>
        Markdown.Parse(markdown, Pipeline).Descendants().All(GeneratedMarkupPolicy.IsSafeAsRendered);

    private static void AssertFixedPoint(string markdown)
    {
        var html = MarkdownRenderer.Render(markdown, 3, "t-").Html;
        var again = ContentSanitizer.Sanitize(html);
        Assert.True(Normalise(html) == Normalise(again),
            $"the sanitizer changed the rendering of {markdown}\n rendered:  {html}\n sanitized: {again}");
    }

    /// <summary>The same DOM written the same way: serialization details (&amp;quot; or ", &lt;br /&gt; or &lt;br&gt;) are not changes.</summary>
    private static string Normalise(string html) => Parser.ParseDocument($"<body>{html}</body>").Body!.InnerHtml;
}
