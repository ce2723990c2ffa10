using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Rendering.Html;
using Protokoll.Gen.Rendering.Templates;

namespace Protokoll.Gen.Tests.Rendering.Html;

public sealed class HtmlFragmentTests
{
    [Fact]
    public void A_trimmed_fragment_is_its_markup_without_the_white_space_around_it()
    {
        var fragment = HtmlFragment.Trimmed("\n  <p>Beslut</p>\n\n");

        Assert.Equal("<p>Beslut</p>", fragment.Html);
        Assert.Equal(new HtmlFragment("<p>Beslut</p>"), fragment);
        Assert.Equal(new HtmlFragment("<p>Beslut</p>").GetHashCode(), fragment.GetHashCode());
        Assert.False(fragment.IsEmpty);
        Assert.True(HtmlFragment.Trimmed(" \n ").IsEmpty);
        Assert.Equal(HtmlFragment.Empty, HtmlFragment.Trimmed(" \n "));
        Assert.NotEqual(new HtmlFragment("<p>Beslut</p>\n"), fragment);
    }

    [Fact]
    public void A_template_prints_only_the_trimmed_part_and_unescaped()
    {
        var folder = Directory.CreateTempSubdirectory("protokoll-fragment-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "index.sbnhtml"), "[{{ x }}]{{ if x.is_empty }}tom{{ end }}");
            var findings = new List<Finding>();

            var html = new TemplateSet(folder).Render("index.sbnhtml", new Dictionary<string, object?> { ["x"] = HtmlFragment.Trimmed("\n<b>&amp;</b>\n") }, findings);

            Assert.Empty(findings);
            Assert.Equal("[<b>&amp;</b>]", html);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
