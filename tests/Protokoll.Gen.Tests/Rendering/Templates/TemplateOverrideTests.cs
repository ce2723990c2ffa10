using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Rendering.Templates;

public sealed class TemplateOverrideTests
{
    [Fact]
    public void A_user_template_overrides_one_default_and_the_rest_stay()
    {
        using var content = TempContent.FromSample();
        var templates = Path.Combine(content.Directory, "mallar");
        Directory.CreateDirectory(Path.Combine(templates, "partials"));
        File.WriteAllText(Path.Combine(templates, "partials", "meeting-header.sbnhtml"),
            "<header><h1>{{ site.organisation }}: {{ meeting.body }} {{ meeting.date }}</h1></header>");

        using var site = BuiltSite.Of(content.Root, "--templates", templates);

        Assert.Equal(0, site.Run.ExitCode);
        var minutes = site.Text("2022-09-15-styrgrupp/protokoll.html");
        Assert.Contains("<h1>Nätverket för hållbar landsbygd: Styrgruppen 2022-09-15</h1>", minutes, StringComparison.Ordinal);
        Assert.Contains("Vid protokollet", minutes, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_can_be_set_in_protokoll_yml_and_labels_overridden_by_locale_file()
    {
        using var content = TempContent.FromSample();
        content.Write("protokoll.yml", "organisation: O\nbody: Styrgruppen\ntemplates: ../mallar\n");
        var locales = Path.Combine(content.Directory, "mallar", "locales");
        Directory.CreateDirectory(locales);
        File.WriteAllText(Path.Combine(locales, "sv-SE.yml"), "secretary_signature: Sekreterare\n");

        using var site = BuiltSite.Of(content.Root);

        var minutes = site.Text("2022-09-15-styrgrupp/protokoll.html");
        Assert.Contains(">Sekreterare<", minutes, StringComparison.Ordinal);
        Assert.DoesNotContain("Vid protokollet", minutes, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_parse_error_is_reported_at_its_file_line_and_column_and_nothing_is_written()
    {
        using var content = TempContent.FromSample();
        var templates = Path.Combine(content.Directory, "mallar");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "protokoll.sbnhtml"), "<html>\n<body>\n  {{ if }}\n</body>\n");

        using var site = BuiltSite.Of(content.Root, "--templates", templates);

        Assert.Equal(1, site.Run.ExitCode);
        Assert.Matches(@"mallar/protokoll\.sbnhtml:3:\d+: error PG401: Template error: ", site.Run.Error);
        Assert.Empty(site.Files());
    }

    [Fact]
    public void A_template_runtime_error_is_reported_where_it_happens()
    {
        using var content = TempContent.FromSample();
        var templates = Path.Combine(content.Directory, "mallar");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "kallelse.sbnhtml"), "<p>\n{{ meeting.no_such_field }}\n</p>\n");

        using var site = BuiltSite.Of(content.Root, "--templates", templates);

        Assert.Equal(1, site.Run.ExitCode);
        Assert.Contains("mallar/kallelse.sbnhtml:2:", site.Run.Error, StringComparison.Ordinal);
        Assert.Contains("PG401", site.Run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indented_expression_prints_a_code_block_as_written()
    {
        using var content = TempContent.FromSample();
        content.WriteItem("09a-kod.md", "number: 9a\ntitle: Kod\ntype: information", "```\nrad ett\nrad två\n```\n", meeting: "2022-09-15-styrgrupp");
        var templates = Path.Combine(content.Directory, "mallar");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "protokoll.sbnhtml"), "<main>\n{{~ for item in meeting.items ~}}\n    {{ item.content }}\n{{~ end ~}}\n</main>\n");

        using var site = BuiltSite.Of(content.Root, "--templates", templates);

        Assert.Equal(0, site.Run.ExitCode);
        Assert.Contains("<pre><code>rad ett\nrad två\n</code></pre>", site.Text("2022-09-15-styrgrupp/protokoll.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_cannot_change_the_builtin_functions_the_pages_after_it_share()
    {
        // Pages share one set of Scriban's builtins; were it writable, the extracts rendered after this page on the
        // same thread would print whatever the override put there.
        using var content = TempContent.FromSample();
        var templates = Path.Combine(content.Directory, "mallar");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "kallelse.sbnhtml"), "<p>\n{{ string.kapad = \"kapad\" }}\n</p>\n");

        using var site = BuiltSite.Of(content.Root, "--templates", templates);

        Assert.Equal(1, site.Run.ExitCode);
        Assert.Contains("mallar/kallelse.sbnhtml:2:", site.Run.Error, StringComparison.Ordinal);
        Assert.Contains("PG401", site.Run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside.sbnhtml")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/../../outside.sbnhtml")]
    public void Includes_cannot_leave_the_template_folders(string name)
    {
        using var content = TempContent.FromSample();
        var templates = Path.Combine(content.Directory, "mallar");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(content.Directory, "outside.sbnhtml"), "SECRET");
        File.WriteAllText(Path.Combine(templates, "index.sbnhtml"), $"{{{{ include \"{name}\" }}}}");

        using var site = BuiltSite.Of(content.Root, "--templates", templates);

        Assert.Equal(1, site.Run.ExitCode);
        Assert.Contains("is not a template name", site.Run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", site.Run.Output + site.Run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_in_the_template_folder_pointing_outside_is_not_followed()
    {
        using var content = TempContent.FromSample();
        var templates = Path.Combine(content.Directory, "mallar");
        Directory.CreateDirectory(templates);
        var secret = Path.Combine(content.Directory, "secret.txt");
        File.WriteAllText(secret, "SECRET");
        File.CreateSymbolicLink(Path.Combine(templates, "index.sbnhtml"), secret);

        using var site = BuiltSite.Of(content.Root, "--templates", templates);

        Assert.Equal(0, site.Run.ExitCode);
        Assert.DoesNotContain("SECRET", site.Text("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_loops_forever_is_an_error_not_a_hang()
    {
        using var content = TempContent.FromSample();
        var templates = Path.Combine(content.Directory, "mallar");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "index.sbnhtml"), "{{ while true }}x{{ end }}");

        using var site = BuiltSite.Of(content.Root, "--templates", templates);

        Assert.Equal(1, site.Run.ExitCode);
        Assert.Contains("mallar/index.sbnhtml:1:", site.Run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_recurses_forever_is_an_error()
    {
        using var content = TempContent.FromSample();
        var templates = Path.Combine(content.Directory, "mallar");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "index.sbnhtml"), "{{ include \"index.sbnhtml\" }}");

        using var site = BuiltSite.Of(content.Root, "--templates", templates);

        Assert.Equal(1, site.Run.ExitCode);
        Assert.Contains("PG401", site.Run.Error, StringComparison.Ordinal);
    }
}
