using System.Text;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Rendering.Templates;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Rendering.Templates;

/// <summary>
/// An include written as a statement of its own is rendered straight into the page; one whose value is used goes
/// through Scriban's include. Either way a partial sees its arguments, shares the page's variables, is escaped the
/// same way, and prints the same text; pages come out as the same UTF-8 whether taken as bytes or as a string.
/// </summary>
public sealed class IncludeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("protokoll-include-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string RenderIndex(string index, params (string Name, string Text)[] partials)
    {
        Write("index.sbnhtml", index);
        foreach (var (name, text) in partials)
        {
            Write(name, text);
        }

        var findings = new List<Finding>();
        var html = new TemplateSet(_folder).Render("index.sbnhtml", new Dictionary<string, object?>(), findings);
        Assert.Empty(findings);
        return Assert.IsType<string>(html);
    }

    private void Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void A_partial_prints_where_it_is_included_with_its_arguments_and_the_variables_it_sets_stay_set()
    {
        var html = RenderIndex(
            "a{{ include \"partials/p.sbnhtml\" \"x<y\" }}b{{ v }}",
            ("partials/p.sbnhtml", "[{{ $1 }}]{{ v = \"satt\" }}"));

        Assert.Equal("a[x&lt;y]bsatt", html);
    }

    [Fact]
    public void An_include_whose_value_is_used_prints_its_markup_once_and_unescaped()
    {
        var html = RenderIndex(
            "{{ x = include \"partials/p.sbnhtml\" }}({{ x }})",
            ("partials/p.sbnhtml", "<b>{{ \"&\" }}</b>"));

        Assert.Equal("(<b>&amp;</b>)", html);
    }

    [Fact]
    public void An_include_prints_the_same_as_a_statement_and_as_a_value_with_loops_and_nested_partials()
    {
        (string, string)[] partials =
        [
            ("partials/lista.sbnhtml", "<ul>{{ for i in 1..3 }}<li>{{ include \"partials/rad.sbnhtml\" }}</li>{{ end }}</ul>"),
            ("partials/rad.sbnhtml", "Punkt {{ i }}: {{ \"å & ö\" }}"),
        ];

        var inPlace = RenderIndex("{{ include \"partials/lista.sbnhtml\" }}", partials);
        var asValue = RenderIndex("{{ x = include \"partials/lista.sbnhtml\" }}{{ x }}", partials);

        Assert.Equal("<ul><li>Punkt 1: å &amp; ö</li><li>Punkt 2: å &amp; ö</li><li>Punkt 3: å &amp; ö</li></ul>", inPlace);
        Assert.Equal(inPlace, asValue);
    }

    [Fact]
    public void An_error_inside_an_included_partial_is_reported_at_the_partials_line()
    {
        Write("index.sbnhtml", "<main>\n{{ include \"partials/trasig.sbnhtml\" }}\n</main>");
        Write("partials/trasig.sbnhtml", "rad ett\n{{ saknas.namn }}");
        var findings = new List<Finding>();

        var html = new TemplateSet(_folder).RenderUtf8("index.sbnhtml", new Dictionary<string, object?>(), findings);

        Assert.Null(html);
        var finding = FindingAssert.Single(findings, FindingCodes.TemplateError);
        Assert.EndsWith("partials/trasig.sbnhtml", finding.Location.File, StringComparison.Ordinal);
        Assert.Equal(2, finding.Location.Line);
    }

    [Fact]
    public void A_page_taken_as_bytes_is_its_text_in_utf8_even_beyond_the_first_buffer()
    {
        Write("index.sbnhtml", "{{ for i in 1..6000 }}<p>Möte 🎉 {{ i }} – {{ \"<å>\" }}</p>\n{{ end }}");
        Write("partials/unused.sbnhtml", "");
        var set = new TemplateSet(_folder);
        var findings = new List<Finding>();

        var text = set.Render("index.sbnhtml", new Dictionary<string, object?>(), findings);
        var bytes = set.RenderUtf8("index.sbnhtml", new Dictionary<string, object?>(), findings);

        Assert.Empty(findings);
        Assert.True(bytes!.Length > 64 * 1024, $"only {bytes.Length} bytes: the test should outgrow the first buffer");
        Assert.Equal(Encoding.UTF8.GetBytes(text!), bytes);
    }
}
