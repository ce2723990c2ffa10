namespace Protokoll.Gen.Tests.Support;

/// <summary>
/// The minimal content folder with an attendance list to vote against: four members of Styrelsen (David only at
/// items 1-3) and one official in a group that does not vote.
/// </summary>
public static class BoardContent
{
    public const string Meeting = "meetings/2022-03-08-styrgrupp/meeting.yml";

    public static TempContent Create(string extraMeetingYaml = "")
    {
        var content = TempContent.Minimal();
        content.Write(Meeting, $$"""
            date: 2022-03-08
            attendees:
              - group: Styrelsen
                people:
                  - Anna
                  - Bo
                  - Cecilia
                  - { name: David, items: "1-3" }
              - group: Kansliet
                voting: false
                people:
                  - Erik
            {{extraMeetingYaml}}
            """);
        return content;
    }
}
