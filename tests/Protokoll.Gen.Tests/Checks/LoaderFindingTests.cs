using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Checks;

/// <summary>Every finding the loader raises, each from a bad input, asserted by code, line and column.</summary>
public sealed class LoaderFindingTests
{
    private const string Meeting = "meetings/2022-03-08-styrgrupp/";

    [Fact]
    public void Invalid_utf8_is_reported_at_the_byte_not_thrown()
    {
        using var content = TempContent.Minimal();
        var bytes = System.Text.Encoding.UTF8.GetBytes("---\nnumber: 1\ntitle: Mat").Concat(new byte[] { 0xE5 }).Concat("rd\n---\n"u8.ToArray()).ToArray();
        content.WriteBytes(Meeting + "1.md", bytes);

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.UnreadableFile, "1.md", 3, 11);
        Assert.Contains("UTF-8", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_files_are_named_as_such()
    {
        using var content = TempContent.Minimal();
        content.WriteBytes(Meeting + "1.md", System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("---\nnumber: 1\n---\n")).ToArray());

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.UnreadableFile, "1.md", 1, 1);
        Assert.Contains("UTF-16", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_that_does_not_parse_is_reported_at_its_line_in_the_file()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: \"unclosed\nproposal: x");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.YamlSyntax, "1.md", 4, 1);
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_where_it_opens_not_thrown()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: [unclosed\nproposal: x");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.YamlSyntax, "1.md", 3, 8);
    }

    [Fact]
    public void Tabs_in_yaml_indentation_are_a_syntax_finding()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T\nattachments:\n\t- Bilaga");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.YamlSyntax, "1.md", 5, 1);
    }

    [Fact]
    public void A_key_twice_is_a_syntax_finding_at_the_second()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T\ntitle: U");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.YamlSyntax, "1.md", 4, 1);
    }

    [Fact]
    public void An_unknown_key_suggests_the_known_one()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T\namuont: 100");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.UnknownKey, "1.md", 4, 1);
        Assert.Contains("Did you mean 'amount'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_in_a_budget_is_reported_too()
    {
        using var content = TempContent.Minimal();
        content.Write("budgets/2022.yml", "year: 2022\ntotal: 1000\nprocesses: [A]\nstags: []\n");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.UnknownKey, "2022.yml", 4, 1);
        Assert.Contains("'stages'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_title_is_reported_at_the_front_matter()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\nproposal: x");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.MissingKey, "1.md", 2, 1);
        Assert.Contains("'title'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_where_text_is_expected_is_a_type_finding_at_the_value()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle:\n  - a\n  - b");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.WrongType, "1.md", 4, 3);
    }

    [Fact]
    public void A_date_that_is_no_date_is_reported_at_the_value()
    {
        using var content = TempContent.Minimal();
        content.Write(Meeting + "meeting.yml", "title: Möte\ndate: 2022-13-45\n");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.InvalidDate, "meeting.yml", 2, 7);
    }

    [Fact]
    public void A_meeting_without_date_is_a_missing_key()
    {
        using var content = TempContent.Minimal();
        content.Write(Meeting + "meeting.yml", "title: Möte\n");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.MissingKey, "meeting.yml", 1, 1);
    }

    [Fact]
    public void An_item_without_front_matter_is_reported()
    {
        using var content = TempContent.Minimal();
        content.Write(Meeting + "1.md", "# Just markdown\n");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.MissingFrontMatter, "1.md", 1, 1);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_reported()
    {
        using var content = TempContent.Minimal();
        content.Write(Meeting + "1.md", "---\nnumber: 1\ntitle: T\n");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.MissingFrontMatter, "1.md", 1, 1);
    }

    [Fact]
    public void A_meeting_folder_without_meeting_yml_is_reported()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T", meeting: "2022-04-01-utan");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.MissingFile, "2022-04-01-utan/meeting.yml", 1, 1);
    }

    [Fact]
    public void A_missing_settings_file_is_reported()
    {
        using var content = TempContent.Minimal();
        File.Delete(content.PathOf("protokoll.yml"));

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.MissingFile, "protokoll.yml", 1, 1);
    }

    [Fact]
    public void A_value_outside_its_set_suggests_the_closest()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T\noutcome: aproved");

        var finding = FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.InvalidValue, "1.md", 4, 10);
        Assert.Contains("Did you mean 'approved'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_aliases_are_refused_before_they_expand()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: &a T\nproposal: *a");

        FindingAssert.At(FindingAssert.Check(content).Findings, FindingCodes.YamlLimit, "1.md", 3, 8);
    }

    [Fact]
    public void Deep_nesting_is_refused_with_a_finding()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T\nattachments: " + new string('[', 200) + new string(']', 200));

        FindingAssert.Single(FindingAssert.Check(content).Findings, FindingCodes.YamlLimit);
    }
}
