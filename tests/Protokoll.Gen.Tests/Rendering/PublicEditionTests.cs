using System.Text.Json;
using AngleSharp.Html.Parser;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Rendering;

/// <summary>
/// <c>protokoll build --edition public</c>: nothing of an item marked <c>public: false</c> and no field listed in
/// <c>private:</c> may appear in any file of the output (HTML, JSON, CSV, Markdown), while the § numbers keep
/// their sequence and the budget still adds up.
/// </summary>
public sealed class PublicEditionTests
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Every field the synthetic folder marks non-public carries one of these, and nothing else does.</summary>
    private static readonly string[] SecretMarkers =
    [
        "QX-TITLE", "QX-FILE", "QX-BODY", "QX-APPLICANT", "QX-PROPOSAL", "QX-MOTIVES", "QX-DECISION", "QX-ATTACHMENT",
        "QX-YRKANDE", "QX-PROCEDURE", "QX-QUESTION", "QX-RECUSAL", "QX-RESERVATION", "QX-NOTE", "QX-RECIPIENT", "QX-CASE",
        "QY-TITLE", "QY-FILE", "QY-BODY", "QY-APPLICANT", "QY-PROPOSAL", "QY-MOTIVES", "QY-DECISION", "QY-ATTACHMENT",
        "QY-YRKANDE", "QY-PROCEDURE", "QY-QUESTION", "QY-RECUSAL", "QY-RESERVATION", "QY-NOTE", "QY-RECIPIENT", "QY-CASE",
    ];

    [Fact]
    public void The_public_edition_of_the_sample_leaves_out_the_personalfraga_and_item_12s_applicant_everywhere()
    {
        using var internalSite = BuiltSite.Of(RepositoryPaths.SampleContent);
        using var publicSite = BuiltSite.Of(RepositoryPaths.SampleContent, "--edition", "public");
        string[] secrets = ["Personalfråga kansliet", "Kansliet informerade om en personalfråga", "Informationen är intern och publiceras inte", "Sökande: LRF"];

        Assert.Equal(0, publicSite.Run.ExitCode);
        Assert.All(secrets, secret => Assert.Contains(internalSite.Files(), file => internalSite.Text(file).Contains(secret, StringComparison.Ordinal)));
        AssertNowhere(publicSite, secrets);
        var minutes = Parser.ParseDocument(publicSite.Text("2022-11-24-styrgrupp/protokoll.html"));
        Assert.Equal("Sökande: [Sekretess]", minutes.QuerySelector("#p12 .applicant")!.TextContent);
        Assert.Equal("Dnr SG 2022/38", minutes.QuerySelector("#p12 .case-number")!.TextContent);
        Assert.Equal("Offentlig version: uppgifter som omfattas av sekretess är borttagna.", minutes.QuerySelector(".edition")!.TextContent);
    }

    [Fact]
    public void A_withheld_item_keeps_its_number_with_a_secrecy_marker_and_gets_no_extract()
    {
        using var site = BuiltSite.Of(RepositoryPaths.SampleContent, "--edition", "public");
        var minutes = Parser.ParseDocument(site.Text("2022-11-24-styrgrupp/protokoll.html"));

        Assert.Equal(["p10", "p11", "p11a", "p12", "p13", "p14", "p15"], minutes.QuerySelectorAll("section.item").Select(s => s.Id));
        var withheld = minutes.QuerySelector("#p14")!;
        Assert.Equal("§ 14 Sekretess", withheld.QuerySelector("h2")!.TextContent);
        Assert.Equal("Ärendet är sekretessbelagt.", withheld.QuerySelector(".withheld")!.TextContent);
        Assert.Equal("§ 14 Sekretess", Parser.ParseDocument(site.Text("2022-11-24-styrgrupp/kallelse.html")).QuerySelectorAll(".agenda-list li")[5].TextContent);
        Assert.False(site.Exists("2022-11-24-styrgrupp/utdrag/14.html"));
        Assert.True(site.Exists("2022-11-24-styrgrupp/utdrag/15.html"));
        Assert.DoesNotContain("utdrag/14.html", site.Text("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_public_minutes_of_the_second_meeting_match_their_snapshot()
    {
        using var site = BuiltSite.Of(RepositoryPaths.SampleContent, "--edition", "public");

        Snapshot.Match(site.Text("2022-11-24-styrgrupp/protokoll.html"), "html", "public_2022-11-24-styrgrupp_protokoll", SnapshotFile());
    }

    [Fact]
    public void The_internal_edition_is_the_default_and_shows_everything()
    {
        using var site = BuiltSite.Of(RepositoryPaths.SampleContent);
        var minutes = Parser.ParseDocument(site.Text("2022-11-24-styrgrupp/protokoll.html"));

        Assert.Equal("§ 14 Personalfråga kansliet", minutes.QuerySelector("#p14 h2")!.TextContent);
        Assert.Equal("Sökande: LRF", minutes.QuerySelector("#p12 .applicant")!.TextContent);
        Assert.Null(minutes.QuerySelector(".edition"));
        Assert.True(site.Exists("2022-11-24-styrgrupp/utdrag/14.html"));
    }

    [Fact]
    public void No_private_value_reaches_any_file_and_the_budget_still_adds_up()
    {
        using var content = SecretContent();
        using var internalSite = BuiltSite.Of(content.Root);
        using var publicSite = BuiltSite.Of(content.Root, "--edition", "public");

        Assert.Equal(0, internalSite.Run.ExitCode);
        Assert.Equal(0, publicSite.Run.ExitCode);
        Assert.All(SecretMarkers, marker => Assert.Contains(internalSite.Files(), file => internalSite.Text(file).Contains(marker, StringComparison.OrdinalIgnoreCase)));
        AssertNowhere(publicSite, SecretMarkers);

        using var internalJson = JsonDocument.Parse(internalSite.Text("budget/2022.json"));
        using var publicJson = JsonDocument.Parse(publicSite.Text("budget/2022.json"));
        Assert.Equal(internalJson.RootElement.GetProperty("reserved").GetDecimal(), publicJson.RootElement.GetProperty("reserved").GetDecimal());
        Assert.Equal(internalSite.Text("budget/2022.csv"), publicSite.Text("budget/2022.csv"));
        var entries = publicJson.RootElement.GetProperty("entries").EnumerateArray().ToArray();
        Assert.Equal(entries.Length, internalJson.RootElement.GetProperty("entries").GetArrayLength());
        var withheld = entries.Where(e => e.TryGetProperty("withheld", out _)).ToArray();
        Assert.Equal(["1", "2"], withheld.Select(e => e.GetProperty("item").GetString()));
        Assert.All(withheld, e => Assert.False(e.TryGetProperty("file", out _)));
        Assert.Equal(1234m + 4321m, withheld.Sum(e => e.GetProperty("amount").GetDecimal()));
    }

    [Fact]
    public void A_private_field_is_replaced_by_a_marker_where_the_minutes_expect_it()
    {
        using var content = SecretContent();
        using var site = BuiltSite.Of(content.Root, "--edition", "public");
        var item = Parser.ParseDocument(site.Text("2022-03-08-styrgrupp/protokoll.html")).QuerySelector("#p2")!;

        Assert.Equal("2. [Sekretess]", item.QuerySelector("h2")!.TextContent);
        Assert.Equal("Dnr [Sekretess]", item.QuerySelector(".case-number")!.TextContent);
        Assert.Equal("Sökande: [Sekretess]", item.QuerySelector(".applicant")!.TextContent);
        foreach (var part in new[] { ".proposal", ".motives", ".content", ".member-proposals", ".procedure", ".vote", ".decision", ".recusals", ".reservations", ".notes", ".allocations", ".attachments", ".recipients" })
        {
            Assert.True(item.QuerySelector($"{part} .withheld")?.TextContent == "[Sekretess]", $"{part} has no secrecy marker");
        }

        Assert.Empty(item.QuerySelectorAll(".amount, .budget-table, .vote-table"));
        Assert.True(site.Exists("2022-03-08-styrgrupp/utdrag/2.html"));
        Assert.False(site.Exists("2022-03-08-styrgrupp/utdrag/1.html"));
    }

    [Fact]
    public void An_unknown_edition_is_a_usage_error()
    {
        using var site = BuiltSite.Of(RepositoryPaths.SampleContent, "--edition", "press");

        Assert.Equal(2, site.Run.ExitCode);
        Assert.Empty(site.Files());
    }

    private static string SnapshotFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.Combine(Path.GetDirectoryName(path)!, "Snapshots", "PublicEditionTests.cs");

    private static void AssertNowhere(BuiltSite site, IEnumerable<string> secrets)
    {
        var files = site.Files();
        Assert.Contains("budget/2022.json", files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(Path.Combine(site.Output, file));
            Assert.False(file.Contains("QX", StringComparison.Ordinal) || file.Contains("QY", StringComparison.Ordinal), $"the file name {file} names a private item");
            foreach (var secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{file} contains the private text '{secret}'");
            }
        }
    }

    /// <summary>
    /// Item 1 is not public at all; item 2 is public with every field private. Each carries a unique marker in
    /// every field, its file name and its amount (in kronor not printed elsewhere), and votes, recuses and reserves.
    /// </summary>
    private static TempContent SecretContent()
    {
        var content = BoardContent.Create();
        content.Write("meetings/2022-03-08-styrgrupp/01-qx-file.md", Secret("QX", 1, "public: false", "KEEN", 1234));
        content.Write("meetings/2022-03-08-styrgrupp/02-qy-file.md", Secret("QY", 2,
            "private: [title, body, applicant, proposal, motives, decision, attachments, proposals, procedure, votes, recusals, reservations, notes, recipients, case, amount, process, stage]",
            "Matvård", 4321));
        content.WriteItem("03-oppet.md", "number: 3\ntitle: Öppet ärende\nprocess: Projektberedskap\nstage: step1\namount: 1000\noutcome: approved");
        return content;
    }

    private static string Secret(string tag, int number, string publication, string process, int amount) => $"""
        ---
        number: {number}
        title: Ärende {tag}-TITLE
        type: decision
        outcome: approved
        process: {process}
        stage: step1
        amount: {amount}
        applicant: Sökande {tag}-APPLICANT
        case: Dnr {tag}-CASE
        proposal: Förslag {tag}-PROPOSAL
        motives: Motiv {tag}-MOTIVES
        decision: Beslut {tag}-DECISION
        attachments: [Bilaga {tag}-ATTACHMENT]
        proposals:
          - {"{"} by: Anna, kind: bifall, text: Yrkande {tag}-YRKANDE {"}"}
        procedure: Beslutsgång {tag}-PROCEDURE
        votes:
          question: Fråga {tag}-QUESTION
          ja: [Anna, Bo]
          nej: [Cecilia]
          avstar: []
        recusals:
          - {"{"} name: David, reason: Jäv {tag}-RECUSAL {"}"}
        reservations:
          - {"{"} name: Cecilia, reason: Reservation {tag}-RESERVATION, written: true {"}"}
        notes:
          - {"{"} by: Bo, text: Anteckning {tag}-NOTE {"}"}
        recipients: [Mottagare {tag}-RECIPIENT]
        urgent_adjustment: true
        {publication}
        ---
        Brödtext {tag}-BODY.
        """;
}
