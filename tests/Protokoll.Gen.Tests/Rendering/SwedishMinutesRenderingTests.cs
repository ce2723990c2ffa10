using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Rendering;

/// <summary>
/// What KL 5 kap 67 § asks the minutes to show for every §, the justering and the anslag certificate, the notice
/// before the meeting and the extract sent to a recipient, as the sample's second meeting and small folders render them.
/// </summary>
public sealed class SwedishMinutesRenderingTests(SampleSiteFixture fixture) : IClassFixture<SampleSiteFixture>
{
    private const string Minutes = "2022-11-24-styrgrupp/protokoll.html";
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void A_paragraph_shows_the_yrkanden_with_who_proposed_what()
    {
        var item = Item(Minutes, "p12");

        Assert.Equal("Yrkanden", item.QuerySelector(".member-proposals h3")!.TextContent);
        Assert.Equal(
            ["Anna Lindqvist (Bifall): Bifall till kansliets förslag.", "Jonas Berg (Avslag): Avslag på kansliets förslag."],
            item.QuerySelectorAll(".member-proposals li").Select(li => li.TextContent));
    }

    [Theory]
    [InlineData("återremiss", "Återremiss")]
    [InlineData("bordläggning", "Bordläggning")]
    [InlineData("ändring", "Ändringsyrkande")]
    [InlineData("tillägg", "Tilläggsyrkande")]
    public void A_formal_yrkande_is_named_by_its_kind(string kind, string printed)
    {
        using var content = BoardContent.Create();
        content.WriteItem("1.md", $"number: 1\ntitle: Ärende\nproposals:\n  - {{ by: Bo, kind: {kind}, text: Ärendet ska *utredas* vidare. }}");
        using var site = BuiltSite.Of(content.Root);

        var proposal = Assert.Single(Item(site, "2022-03-08-styrgrupp/protokoll.html", "p1").QuerySelectorAll(".member-proposals li"));
        Assert.Equal($"Bo ({printed}): Ärendet ska utredas vidare.", proposal.TextContent);
        Assert.NotNull(proposal.QuerySelector("em"));
    }

    [Fact]
    public void A_paragraph_shows_the_beslutsgang_step_by_step()
    {
        var steps = Item(Minutes, "p12").QuerySelectorAll(".procedure p").Select(p => p.TextContent).ToArray();

        Assert.Equal(2, steps.Length);
        Assert.StartsWith("Ordföranden ställer proposition på bifall till kansliets förslag mot avslag", steps[0], StringComparison.Ordinal);
        Assert.StartsWith("Omröstning begärs.", steps[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_vote_is_a_table_of_each_members_ja_nej_or_avstar_with_the_result()
    {
        var vote = Item(Minutes, "p12").QuerySelector(".vote")!;

        Assert.Equal("Voteringsproposition: Ja för bifall till kansliets förslag, nej för Jonas Bergs avslagsyrkande.", vote.QuerySelector(".vote-question")!.TextContent);
        Assert.Equal(["Ledamot", "Ja", "Nej", "Avstår"], vote.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(
            ["Anna Lindqvist | X |  | ", "Maria Holm | X |  | ", "Per Ekström | X |  | ", "Jonas Berg |  | X | "],
            vote.QuerySelectorAll("tbody tr").Select(Row));
        Assert.Equal("Total | 3 | 1 | 0", Row(vote.QuerySelector("tfoot tr")!));
        Assert.Equal("Omröstningsresultat: 3 ja, 1 nej, 0 avstår.", vote.QuerySelector(".vote-result")!.TextContent);
    }

    [Fact]
    public void A_vote_of_counts_only_prints_the_result_without_a_table()
    {
        var vote = Item(Minutes, "p13").QuerySelector(".vote")!;

        Assert.Null(vote.QuerySelector("table"));
        Assert.Equal("Omröstningsresultat: 1 ja, 3 nej, 0 avstår.", vote.QuerySelector(".vote-result")!.TextContent);
    }

    [Fact]
    public void A_recusal_says_who_left_and_why()
    {
        var recusal = Item(Minutes, "p12").QuerySelector(".recusals p")!;

        Assert.Equal("Karin Nyström anmäler jäv och deltar inte i handläggningen. Anställd hos processägaren LRF.", recusal.TextContent);
    }

    [Fact]
    public void A_reservation_in_favour_of_an_own_yrkande_reads_as_one_sentence_and_a_written_one_is_attached()
    {
        var reservation = Item(Minutes, "p12").QuerySelector(".reservations p")!;

        Assert.Equal("Jonas Berg reserverar sig mot beslutet till förmån för eget yrkande. Skriftlig reservation, bilaga.", reservation.TextContent);
    }

    [Fact]
    public void A_blank_reservation_and_one_with_another_reason_are_printed_as_written()
    {
        using var content = BoardContent.Create();
        content.WriteItem("1.md", """
            number: 1
            title: Ärende
            type: decision
            outcome: approved
            decision: Styrelsen bifaller förslaget.
            reservations:
              - Bo
              - { name: Cecilia, reason: Beslutet saknar underlag. }
            """);
        using var site = BuiltSite.Of(content.Root);

        Assert.Equal(
            ["Bo reserverar sig mot beslutet.", "Cecilia reserverar sig mot beslutet. Beslutet saknar underlag."],
            Item(site, "2022-03-08-styrgrupp/protokoll.html", "p1").QuerySelectorAll(".reservations p").Select(p => p.TextContent));
    }

    [Fact]
    public void A_protokollsanteckning_says_who_asked_for_it()
    {
        var note = Item(Minutes, "p12").QuerySelector(".notes .note")!;

        Assert.Equal("Maria Holm: Hela Sverige ska leva vill följa hur arbetsplanen når fler lokala aktörer.", note.TextContent);
    }

    [Fact]
    public void The_diarienummer_follows_the_paragraph_heading()
    {
        var heading = Item(Minutes, "p12").QuerySelector("h2")!;

        Assert.Equal("§ 12 Ändrad arbetsplan för nätverksprocessen KEEN", heading.TextContent);
        Assert.Equal("Dnr SG 2022/38", heading.NextElementSibling!.TextContent);
    }

    [Fact]
    public void An_urgent_paragraph_says_it_is_adjusted_at_once_with_its_own_signatures()
    {
        var urgent = Item(Minutes, "p11a").QuerySelector(".urgent-adjustment")!;

        Assert.Equal("Paragrafen justeras omedelbart.", urgent.QuerySelector("p")!.TextContent);
        Assert.Equal(["Anna Lindqvist", "Karin Nyström"], urgent.QuerySelectorAll(".urgent-signature .line").Select(p => p.TextContent));
        Assert.Null(Item(Minutes, "p12").QuerySelector(".urgent-adjustment"));
    }

    [Fact]
    public void The_cover_has_the_signatures_with_the_justering_and_the_anslag_certificate_before_the_first_paragraph()
    {
        var document = Document(fixture.Site, Minutes);

        Assert.Equal("Justeringens plats och tid: Kansliet, Örebro, 1 december 2022", document.QuerySelector(".signatures .adjustment")!.TextContent);
        Assert.Equal(["Vid protokollet", "Ordförande", "Justerare"], document.QuerySelectorAll(".signature .role").Select(p => p.TextContent));
        var certificate = document.QuerySelector(".notice-certificate")!;
        Assert.Equal("Anslag/bevis", certificate.QuerySelector("h2")!.TextContent);
        Assert.Equal(
            [
                "Organ: Styrgruppen",
                "Sammanträdesdatum: 24 november 2022",
                "Datum då anslaget sätts upp: 2 december 2022",
                "Datum då anslaget tas ned: 23 december 2022",
                "Förvaringsplats för protokollet: Kansliet, Örebro",
            ],
            Facts(certificate));
        Assert.Equal("Underskrift", certificate.QuerySelector(".certificate-signature .role")!.TextContent);
        Assert.True(certificate.CompareDocumentPosition(document.QuerySelector("section.item")!).HasFlag(DocumentPositions.Following));
    }

    /// <summary>Issue 19: a draft printed "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."</summary>
    [Theory]
    [InlineData("adjustment: { date: 2022-03-10, status: draft }", "Protokollet är inte justerat. Anslag om justering sätts upp när protokollet har justerats.", true)]
    [InlineData("adjustment: { date: 2022-03-10, status: adjusted }", "Protokollet är justerat. Anslag om justeringen har ännu inte satts upp.", false)]
    [InlineData("adjustment: { date: 2022-03-10, status: adjusted }\nnotice: { date: 2022-03-11 }", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", false)]
    public void The_certificate_states_only_what_is_recorded_and_a_draft_is_marked(string keys, string sentence, bool draft)
    {
        using var content = TempContent.Minimal();
        content.Write("meetings/2022-03-08-styrgrupp/meeting.yml", $"date: 2022-03-08\n{keys}\n");
        using var site = BuiltSite.Of(content.Root);

        var document = Document(site, "2022-03-08-styrgrupp/protokoll.html");
        Assert.Equal(sentence, document.QuerySelector(".notice-certificate > p")!.TextContent);
        Assert.Equal(draft, document.QuerySelector(".draft-mark")?.TextContent == "Ojusterat protokoll");
        Assert.Equal(draft, document.QuerySelector(".draft-watermark[data-mark='Utkast']") is not null);
    }

    [Fact]
    public void An_extract_of_unadjusted_minutes_says_so_and_has_no_certification_line()
    {
        var draft = Document(fixture.Site, "2022-09-15-styrgrupp/utdrag/8.html");
        var adjusted = Document(fixture.Site, "2022-11-24-styrgrupp/utdrag/12.html");

        Assert.Null(draft.QuerySelector(".extract-certificate .certificate-signature"));
        Assert.StartsWith("Ej justerat.", draft.QuerySelector(".extract-certificate .not-adjusted")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(draft.QuerySelector(".draft-mark"));
        Assert.Equal("Rätt utdraget intygar", adjusted.QuerySelector(".extract-certificate .certificate-signature .role")!.TextContent);
        Assert.Null(adjusted.QuerySelector(".draft-mark"));
    }

    [Theory]
    [InlineData("2022-03-08", "2022-03-10", "2022-03-11", "11 mars 2022", "1 april 2022")]
    [InlineData("2022-12-15", "2022-12-19", "2022-12-20", "20 december 2022", "10 januari 2023")]
    // Three weeks from 3 December is julafton, a Saturday; the period runs past juldagen and annandag jul (lag (1930:173)).
    [InlineData("2022-11-24", "2022-12-01", "2022-12-03", "3 december 2022", "27 december 2022")]
    public void The_anslag_comes_down_three_weeks_after_it_went_up_across_month_and_year_ends(
        string meetingDate, string adjusted, string posted, string postedText, string takenDownText)
    {
        using var content = TempContent.Minimal();
        content.Write("protokoll.yml", "organisation: O\nbody: Styrelsen\narchive: Kommunkansliet\n");
        content.Write("meetings/2022-03-08-styrgrupp/meeting.yml", $$"""
            date: {{meetingDate}}
            archive: Stadsarkivet, Örebro
            adjustment: { place: Stadshuset, date: {{adjusted}}, status: adjusted }
            notice: { date: {{posted}} }
            """);
        using var site = BuiltSite.Of(content.Root);

        var facts = Facts(Document(site, "2022-03-08-styrgrupp/protokoll.html").QuerySelector(".notice-certificate")!);
        Assert.Contains($"Datum då anslaget sätts upp: {postedText}", facts);
        Assert.Contains($"Datum då anslaget tas ned: {takenDownText}", facts);
        Assert.Contains("Förvaringsplats för protokollet: Stadsarkivet, Örebro", facts);
    }

    [Fact]
    public void Minutes_not_yet_adjusted_leave_the_anslag_dates_to_be_filled_in_by_hand()
    {
        var certificate = Document(fixture.Site, "2022-09-15-styrgrupp/protokoll.html").QuerySelector(".notice-certificate")!;

        Assert.Equal(["", ""], certificate.QuerySelectorAll("dd.fill-in").Take(2).Select(dd => dd.TextContent));
        Assert.Equal("", Document(fixture.Site, "2022-09-15-styrgrupp/protokoll.html").QuerySelector(".signatures .adjustment .fill-in")!.TextContent);
    }

    [Fact]
    public void An_extract_carries_the_utdragsbestyrkande_and_the_expediering_of_its_paragraph()
    {
        var document = Document(fixture.Site, "2022-11-24-styrgrupp/utdrag/12.html");

        Assert.Equal(["LRF, processägare KEEN", "Kansliet"], document.QuerySelectorAll(".recipients li").Select(li => li.TextContent));
        Assert.Equal("Expedieras till", document.QuerySelector(".recipients h3")!.TextContent);
        var certificate = document.QuerySelector(".extract-certificate")!;
        Assert.Equal("Utdragsbestyrkande", certificate.QuerySelector("h2")!.TextContent);
        Assert.Equal("Rätt utdraget intygar", certificate.QuerySelector(".role")!.TextContent);
        Assert.Equal("Underskrift", certificate.QuerySelector(".line")!.TextContent);
        Assert.Null(Document(fixture.Site, Minutes).QuerySelector(".extract-certificate"));
    }

    [Fact]
    public void The_notice_shows_case_numbers_and_proposals_but_nothing_decided_at_the_meeting()
    {
        var document = Document(fixture.Site, "2022-11-24-styrgrupp/kallelse.html");

        Assert.Equal("Dnr SG 2022/38", document.QuerySelector("#p12 .case-number")!.TextContent);
        Assert.NotNull(document.QuerySelector("#p12 .proposal"));
        foreach (var part in new[] { ".decision", ".member-proposals", ".procedure", ".vote", ".recusals", ".reservations", ".notes", ".urgent-adjustment", ".recipients", ".notice-certificate" })
        {
            Assert.Empty(document.QuerySelectorAll(part));
        }
    }

    [Fact]
    public void English_labels_cover_the_new_parts()
    {
        using var content = TempContent.FromSample();
        content.Write("protokoll.yml", "organisation: Rural network\nbody: Steering group\nlocale: en-GB\nnumbering: per-year\narchive: The secretariat\n");
        using var site = BuiltSite.Of(content.Root);
        var document = Document(site, Minutes);
        var item = document.QuerySelector("#p12")!;

        Assert.Equal("Case no. SG 2022/38", item.QuerySelector(".case-number")!.TextContent);
        Assert.Equal("Anna Lindqvist (Approval): Bifall till kansliets förslag.", item.QuerySelector(".member-proposals li")!.TextContent);
        Assert.Equal(["Motions", "Procedure", "Vote", "Decision", "Reservation", "Statement for the record", "To be sent to"],
            item.QuerySelectorAll("h3").Select(h => h.TextContent).Where(h => h is not ("Conflict of interest" or "Proposal" or "Attachments")));
        Assert.Equal(["Member", "Yes", "No", "Abstains"], item.QuerySelectorAll(".vote thead th").Select(th => th.TextContent));
        Assert.Equal("Result of the vote: 3 yes, 1 no, 0 abstaining.", item.QuerySelector(".vote-result")!.TextContent);
        Assert.StartsWith("Karin Nyström declares a conflict of interest and takes no part in the item.", item.QuerySelector(".recusals p")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Jonas Berg enters a reservation against the decision.", item.QuerySelector(".reservations p")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("Written reservation, attached.", item.QuerySelector(".reservations p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("This section is adjusted at once.", document.QuerySelector("#p11a .urgent-adjustment p")!.TextContent);
        Assert.Equal("Place and date of adjustment: Kansliet, Örebro, 1 December 2022", document.QuerySelector(".signatures .adjustment")!.TextContent);
        var certificate = document.QuerySelector(".notice-certificate")!;
        Assert.Equal("Notice certificate", certificate.QuerySelector("h2")!.TextContent);
        Assert.Contains("Notice taken down on: 23 December 2022", Facts(certificate));
        Assert.Contains("Where the minutes are kept: The secretariat", Facts(certificate));
        var extract = Document(site, "2022-11-24-styrgrupp/utdrag/12.html").QuerySelector(".extract-certificate")!;
        Assert.Equal("Certified extract", extract.QuerySelector("h2")!.TextContent);
        Assert.Equal("Certified a true extract", extract.QuerySelector(".role")!.TextContent);
    }

    private IElement Item(string page, string anchor) => Item(fixture.Site, page, anchor);

    private static IElement Item(BuiltSite site, string page, string anchor)
    {
        Assert.Equal(0, site.Run.ExitCode);
        return Document(site, page).QuerySelector($"#{anchor}") ?? throw new InvalidOperationException($"{page} has no #{anchor}");
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Document(BuiltSite site, string page) => Parser.ParseDocument(site.Text(page));

    private static string Row(IElement row) => string.Join(" | ", row.Children.Select(c => c.TextContent));

    private static string[] Facts(IElement certificate) =>
        certificate.QuerySelectorAll("dt").Select(dt => $"{dt.TextContent}: {dt.NextElementSibling!.TextContent}").ToArray();
}
