using Protokoll.Gen.Authoring;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Model;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Authoring;

/// <summary>Whatever a secretary types as a title or a proposal, the written file reads back as exactly that text.</summary>
public sealed class ItemDraftTests
{
    public static TheoryData<string> AwkwardTexts => new()
    {
        "Budget: steg 2",
        "Punkt #3 och # 4",
        "\"Projektberedskap\" – beslut",
        "'Citat' och \"citat\"",
        "- en lista?",
        "true",
        "null",
        "~",
        "2022",
        "08",
        "2022-09-15",
        "17.5",
        "yes",
        "Kostnad: 5 000 kr: beslut:",
        "[Ärende] {Matvård}",
        "& * ! | > % @ `",
        "Snedstreck \\ och tab\there",
        "Rad ett\nrad två",
        "Åäö éü ß 😀",
        "slutar med kolon:",
        " inledande mellanslag",
    };

    [Theory]
    [MemberData(nameof(AwkwardTexts))]
    public void An_awkward_title_and_proposal_round_trip_through_the_loader(string text)
    {
        var draft = new ItemDraft { Number = new ItemNumber(3, ""), Title = text, Proposal = text, Type = "decision" };
        var findings = new List<Finding>();

        var item = ItemReader.Parse(draft.ToFileText(), "/x/03.md", findings);

        FindingAssert.None(findings);
        Assert.Equal(text.Trim(), item!.Title);
        Assert.Equal(text.Trim(), item.Proposal);
        Assert.Equal(new ItemNumber(3, ""), item.Number);
    }

    [Theory]
    [MemberData(nameof(AwkwardTexts))]
    public void An_awkward_title_is_text_to_any_yaml_reader(string text)
    {
        var draft = new ItemDraft { Number = new ItemNumber(3, ""), Title = text };

        var json = YamlJson.FrontMatter(draft.ToFileText())!;

        Assert.Equal(text, json["title"]!.GetValue<string>());
    }

    [Fact]
    public void Paragraphs_are_written_as_a_literal_block()
    {
        var draft = new ItemDraft { Number = new ItemNumber(8, ""), Title = "A", Motives = "Första stycket.\n\nAndra: med kolon." };

        Assert.Contains("motives: |-\n  Första stycket.\n\n  Andra: med kolon.\n---\n", draft.ToFileText(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_name_is_the_padded_number_and_the_titles_slug()
    {
        Assert.Equal("05-val-av-justerare.md", new ItemDraft { Number = new ItemNumber(5, ""), Title = "Val av justerare" }.FileName);
        Assert.Equal("17a-tillagg.md", new ItemDraft { Number = new ItemNumber(17, "a"), Title = "Tillägg" }.FileName);
        Assert.Equal("120-ovrigt.md", new ItemDraft { Number = new ItemNumber(120, ""), Title = "Övrigt" }.FileName);
    }
}
