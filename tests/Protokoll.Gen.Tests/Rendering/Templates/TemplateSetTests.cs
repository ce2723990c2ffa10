using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Rendering.Templates;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Rendering.Templates;

/// <summary>Pages of one build share a template set: nothing one page sets or fails on reaches the next.</summary>
public sealed class TemplateSetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("protokoll-templateset-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Dictionary<string, object?> NoGlobals => [];

    [Fact]
    public void A_variable_one_page_sets_is_unknown_to_the_next_page()
    {
        File.WriteAllText(Path.Combine(_folder, "a.sbnhtml"), "{{ x = \"A\" }}{{ x }}");
        File.WriteAllText(Path.Combine(_folder, "b.sbnhtml"), "{{ x }}");
        var set = new TemplateSet(_folder);
        var findings = new List<Finding>();

        Assert.Equal("A", set.Render("a.sbnhtml", NoGlobals, findings));
        Assert.Empty(findings);
        Assert.Null(set.Render("b.sbnhtml", NoGlobals, findings));
        var finding = FindingAssert.Single(findings, FindingCodes.TemplateError);
        Assert.Contains("`x`", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_after_one_that_failed_midway_render_whole_and_with_their_own_variables()
    {
        File.WriteAllText(Path.Combine(_folder, "trasig.sbnhtml"), "<p>{{ for i in 1..3 }}{{ include \"partials/rad.sbnhtml\" }}{{ end }}</p>");
        Directory.CreateDirectory(Path.Combine(_folder, "partials"));
        File.WriteAllText(Path.Combine(_folder, "partials", "rad.sbnhtml"), "{{ i }}\n{{ if i == 2 }}{{ saknas.namn }}{{ end }}");
        File.WriteAllText(Path.Combine(_folder, "hel.sbnhtml"), "<p>{{ for j in 1..3 }}{{ j }}{{ end }}</p>{{ titel }}");
        var set = new TemplateSet(_folder);

        for (var round = 1; round <= 3; round++)
        {
            var broken = new List<Finding>();
            Assert.Null(set.Render("trasig.sbnhtml", NoGlobals, broken));
            Assert.Equal(2, FindingAssert.Single(broken, FindingCodes.TemplateError).Location.Line);

            var findings = new List<Finding>();
            Assert.Equal($"<p>123</p>Sida {round}", set.Render("hel.sbnhtml", new Dictionary<string, object?> { ["titel"] = $"Sida {round}" }, findings));
            Assert.Equal($"<p>123</p>Sida {round}", set.Render("hel.sbnhtml", new Dictionary<string, object?> { ["titel"] = $"Sida {round}" }, findings));
            Assert.Empty(findings);
        }
    }
}
