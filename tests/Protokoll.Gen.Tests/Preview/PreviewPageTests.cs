using AngleSharp.Html.Parser;
using Protokoll.Gen.Preview;

namespace Protokoll.Gen.Tests.Preview;

public sealed class PreviewPageTests
{
    private const string Page = "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<title>Protokoll</title>\n</head>\n<body class=\"minutes\">\n<main><h1>Protokoll</h1></main>\n</body>\n</html>\n";

    private static readonly HtmlParser Parser = new();

    [Fact]
    public void After_a_good_build_a_page_gets_only_the_reload_script_keyed_by_its_build()
    {
        var document = Parser.ParseDocument(PreviewPage.Inject(Page, new PreviewState(7, true, [])));

        Assert.Null(document.GetElementById(PreviewPage.BannerId));
        var script = Assert.Single(document.QuerySelectorAll("script"));
        Assert.Same(script, document.Body!.LastElementChild);
        Assert.Contains("var build = \"7\";", script.TextContent, StringComparison.Ordinal);
        Assert.Equal("Protokoll", document.QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public void After_a_failed_build_the_findings_open_the_page_escaped_exactly_as_printed()
    {
        var finding = "content/meetings/m/08-beslut.md:5:10: error PG105: The process '<img src=x onerror=alert(1)>' is not in the 2022 budget.";

        var html = PreviewPage.Inject(Page, new PreviewState(8, true, [finding]));
        var document = Parser.ParseDocument(html);

        var banner = document.GetElementById(PreviewPage.BannerId)!;
        Assert.Same(banner, document.Body!.FirstElementChild);
        Assert.Equal(finding, Assert.Single(banner.QuerySelectorAll("li")).TextContent);
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Contains("last good build", banner.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_any_good_build_every_page_is_a_placeholder_with_the_findings_that_reloads()
    {
        var document = Parser.ParseDocument(PreviewPage.Placeholder(new PreviewState(1, false, ["content/protokoll.yml:1:1: error PG002: …"])));

        Assert.Contains("PG002", document.GetElementById(PreviewPage.BannerId)!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.GetElementById(PreviewPage.ScriptId));
    }
}
