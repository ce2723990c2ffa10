using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Model;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Loading;

public sealed class ProceedingsReaderTests
{
    [Fact]
    public void Every_proceedings_key_of_an_item_is_read()
    {
        using var content = BoardContent.Create();
        content.WriteItem("2.md", """
            number: 2
            title: Arbetsplan
            type: decision
            outcome: approved
            decision: Styrelsen godkänner arbetsplanen.
            case: SG 2022/38
            urgent_adjustment: true
            public: false
            private: [body, applicant]
            applicant: LRF
            proposals:
              - { by: Anna, kind: bifall, text: Bifall till förslaget. }
              - { by: David, kind: återremiss, text: Återremiss för ny budget. }
            procedure:
              - Ordföranden ställer proposition på återremiss och finner att ärendet ska avgöras i dag.
              - Ordföranden ställer proposition på bifall och finner att styrelsen bifaller.
            votes:
              question: Ja för bifall, nej för avslag.
              ja: [Anna, Bo]
              nej: [David]
              avstar: [Cecilia]
            recusals:
              - { name: Erik, reason: Anställd hos sökanden. }
            reservations:
              - David
              - { name: Cecilia, reason: Se skriftlig reservation., written: true }
            notes:
              - { by: Bo, text: Bo vill att uppföljningen redovisas i mars. }
            recipients:
              - LRF
              - Kansliet
            """);

        var result = ContentLoader.Load(content.Root);

        FindingAssert.None(result.Findings);
        var item = result.Content.Meetings[0].Items[0];
        Assert.Equal("SG 2022/38", item.CaseNumber);
        Assert.True(item.UrgentAdjustment);
        Assert.False(item.IsPublic);
        Assert.Equal(["body", "applicant"], item.PrivateFields);
        Assert.Equal([("Anna", "bifall"), ("David", "återremiss")], item.Proposals.Select(p => (p.By, p.Kind!)));
        Assert.Equal(2, item.Procedure.Count);
        var vote = item.Vote!;
        Assert.True(vote.Named);
        Assert.Equal((2, 1, 1), (vote.Yes, vote.No, vote.Abstain));
        Assert.Equal("Ja för bifall, nej för avslag.", vote.Question);
        Assert.Equal(("Erik", "Anställd hos sökanden."), (item.Recusals[0].Name, item.Recusals[0].Reason!));
        Assert.Equal([("David", null, false), ("Cecilia", "Se skriftlig reservation.", true)],
            item.Reservations.Select(r => (r.Name, r.Reason, r.Written)));
        Assert.Equal("Bo", Assert.Single(item.Notes).By);
        Assert.Equal(["LRF", "Kansliet"], item.Recipients);
    }

    [Fact]
    public void An_item_is_public_unless_it_says_otherwise_and_a_procedure_block_stays_whole()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T\nprocedure: |\n  Ordföranden ställer proposition.\n\n  Styrelsen bifaller.\nvotes: { ja: 5, nej: 3, avstar: 1 }");

        var item = ContentLoader.Load(content.Root).Content.Meetings[0].Items[0];

        Assert.True(item.IsPublic);
        Assert.Equal(["Ordföranden ställer proposition.\n\nStyrelsen bifaller."], item.Procedure);
        Assert.Equal((false, 9), (item.Vote!.Named, item.Vote.Total));
    }

    [Fact]
    public void A_private_field_the_format_does_not_know_is_reported_with_a_suggestion()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T\nprivate:\n  - body\n  - aplicant");

        var finding = FindingAssert.At(ContentLoader.Load(content.Root).Findings, FindingCodes.InvalidValue, "1.md", 6, 5);
        Assert.Contains("Did you mean 'applicant'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vote_key_written_with_a_ring_suggests_the_plain_spelling()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T\nvotes:\n  ja: 1\n  avstår: 1");

        var finding = FindingAssert.At(ContentLoader.Load(content.Root).Findings, FindingCodes.UnknownKey, "1.md", 6, 3);
        Assert.Contains("Did you mean 'avstar'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_of_proposal_is_reported_at_the_kind()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T\nproposals:\n  - { by: Anna, kind: avslg, text: Avslag. }");

        var finding = FindingAssert.At(ContentLoader.Load(content.Root).Findings, FindingCodes.InvalidValue, "1.md", 5, 23);
        Assert.Contains("Did you mean 'avslag'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_partial_attendance_is_reported_at_the_value()
    {
        using var content = TempContent.Minimal();
        content.Write(BoardContent.Meeting, "date: 2022-03-08\nattendees:\n  - group: Styrelsen\n    people:\n      - { name: David, items: \"1 till 3\" }\n");

        var finding = FindingAssert.At(ContentLoader.Load(content.Root).Findings, FindingCodes.InvalidValue, "meeting.yml", 5, 31);
        Assert.Contains("1-4, 6", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_meetings_justering_and_anslag_are_read()
    {
        using var content = BoardContent.Create("adjustment: { place: Kansliet, date: 2022-03-15, status: adjusted }\nnotice: { date: 2022-03-16 }");

        var meeting = ContentLoader.Load(content.Root).Content.Meetings[0];

        Assert.Equal(new Adjustment("Kansliet", new DateOnly(2022, 3, 15), AdjustmentStatus.Adjusted, meeting.Adjustment!.Source), meeting.Adjustment);
        Assert.Equal(new DateOnly(2022, 3, 16), meeting.Notice!.Date);
        Assert.False(meeting.Attendees[1].Voting);
    }

    [Fact]
    public void A_vote_written_as_one_figure_is_refused_at_the_value()
    {
        using var content = TempContent.Minimal();
        content.WriteItem("1.md", "number: 1\ntitle: T\nvotes: 5");

        var finding = FindingAssert.At(ContentLoader.Load(content.Root).Findings, FindingCodes.WrongType, "1.md", 4, 8);
        Assert.Contains("'votes' must be a block of keys", finding.Message, StringComparison.Ordinal);
    }
}
