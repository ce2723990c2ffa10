using Protokoll.Gen.Rendering.Html;

namespace Protokoll.Gen.Tests.Rendering.Html;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Headings_get_ids_with_the_item_prefix_and_sit_below_the_items_heading()
    {
        var html = MarkdownRenderer.Render("# Bakgrund\n\nText.", 3, "p8-").Html;

        Assert.Contains("<h3 id=\"p8-bakgrund\">Bakgrund</h3>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_name_in_brackets_stays_text_instead_of_linking_to_an_anchor_no_page_has()
    {
        var html = MarkdownRenderer.Render("## Bakgrund\n\nSe [Bakgrund] ovan.", 3, "p8-").Html;

        Assert.Contains("Se [Bakgrund] ovan.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#bakgrund\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_defined_by_reference_still_links()
    {
        var html = MarkdownRenderer.Render("Se [stadgan].\n\n[stadgan]: https://example.org/stadga", 3, "p8-").Html;

        Assert.Contains("<a href=\"https://example.org/stadga\">stadgan</a>", html, StringComparison.Ordinal);
    }
}
