using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Rendering.Templates;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Rendering.Templates;

/// <summary>
/// Templates come with pull requests too: one that is slow without looping forever is stopped by the time bound,
/// and includes never read through a linked folder or an absolute path, even one inside the template folder.
/// </summary>
public sealed class TemplateSafetyTests : IDisposable
{
    private readonly TempContent _content = TempContent.FromSample();

    private string Templates => Path.Combine(_content.Directory, "mallar");

    [Fact]
    public void A_slow_template_of_nested_ranges_is_stopped_by_the_time_bound_with_a_finding()
    {
        Directory.CreateDirectory(Templates);
        File.WriteAllText(Path.Combine(Templates, "index.sbnhtml"), "<p>\n{{ for a in 1..400 }}{{ for b in 1..400 }}{{ x = \"\" | string.pad_left 300000 | string.size }}{{ end }}{{ end }}\n</p>\n");
        var findings = new List<Finding>();

        var html = new TemplateSet(Templates, TimeSpan.FromSeconds(1)).Render("index.sbnhtml", new Dictionary<string, object?>(), findings);

        Assert.Null(html);
        var finding = FindingAssert.Single(findings, FindingCodes.TemplateError);
        Assert.EndsWith("mallar/index.sbnhtml", finding.Location.File, StringComparison.Ordinal);
        Assert.Equal(2, finding.Location.Line);
        // Processor time normally; on a machine too busy to give the page 1 s of it in 10 s, the wall-clock backstop.
        Assert.Matches("longer than (1 s of processor time|10 s); look for a loop that never ends", finding.Message);
    }

    [Fact]
    public void A_template_that_waits_past_the_limit_without_computing_renders()
    {
        // What a machine busy with other work looks like from inside the page: the wall clock runs past the limit
        // (three waits of 0.4 s against 1 s), the page's own thread hardly computes, and it is checked in between
        // (the inner loops evaluate thousands of nodes).
        var findings = new List<Finding>();
        var globals = new Dictionary<string, object?>
        {
            ["wait"] = new Func<string>(() =>
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(400));
                return "";
            }),
        };
        var template = "{{ for a in 1..3 }}{{ wait }}{{ for b in 1..300 }}{{ x = b + 1 }}{{ end }}{{ end }}klar";
        Directory.CreateDirectory(Templates);
        File.WriteAllText(Path.Combine(Templates, "index.sbnhtml"), template);

        var html = new TemplateSet(Templates, TimeSpan.FromSeconds(1)).Render("index.sbnhtml", globals, findings);

        Assert.Empty(findings);
        Assert.Equal("klar", html);
    }

    [Fact]
    public void A_partials_folder_that_links_outside_is_not_read_and_the_defaults_are_used()
    {
        var outside = Path.Combine(_content.Directory, "utanför");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "head.sbnhtml"), "SECRET");
        Directory.CreateDirectory(Templates);
        Directory.CreateSymbolicLink(Path.Combine(Templates, "partials"), outside);

        using var site = BuiltSite.Of(_content.Root, "--templates", Templates);

        Assert.Equal(0, site.Run.ExitCode);
        Assert.All(site.Files(), file => Assert.DoesNotContain("SECRET", site.Text(file), StringComparison.Ordinal));
        Assert.Contains("<head>", site.Text("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_through_a_linked_folder_is_no_template()
    {
        var outside = Path.Combine(_content.Directory, "utanför");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "hemlig.sbnhtml"), "SECRET");
        Directory.CreateDirectory(Templates);
        Directory.CreateSymbolicLink(Path.Combine(Templates, "länkad"), outside);
        File.WriteAllText(Path.Combine(Templates, "index.sbnhtml"), "{{ include \"länkad/hemlig.sbnhtml\" }}");

        using var site = BuiltSite.Of(_content.Root, "--templates", Templates);

        Assert.Equal(1, site.Run.ExitCode);
        Assert.Contains("PG401", site.Run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", site.Run.Output + site.Run.Error, StringComparison.Ordinal);
        Assert.Empty(site.Files());
    }

    [Fact]
    public void An_include_of_an_absolute_path_is_refused_even_inside_the_template_folder()
    {
        Directory.CreateDirectory(Path.Combine(Templates, "partials"));
        var inside = Path.Combine(Templates, "partials", "egen.sbnhtml");
        File.WriteAllText(inside, "SECRET");
        File.WriteAllText(Path.Combine(Templates, "index.sbnhtml"), $"{{{{ include \"{inside}\" }}}}");

        using var site = BuiltSite.Of(_content.Root, "--templates", Templates);

        Assert.Equal(1, site.Run.ExitCode);
        Assert.Contains("is not a template name", site.Run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", site.Run.Output + site.Run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _content.Dispose();
}
