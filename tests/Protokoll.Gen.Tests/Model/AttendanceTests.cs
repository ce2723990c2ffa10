using Protokoll.Gen.Loading;
using Protokoll.Gen.Model;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Model;

public sealed class AttendanceTests
{
    [Fact]
    public void Who_was_present_follows_partial_attendance()
    {
        using var content = BoardContent.Create();
        var attendance = new Attendance(ContentLoader.Load(content.Root).Content.Meetings[0]);

        Assert.Equal(["Anna", "Bo", "Cecilia", "David", "Erik"], attendance.PresentAt(new ItemNumber(3, "")).Select(p => p.Name));
        Assert.Equal(["Anna", "Bo", "Cecilia", "Erik"], attendance.PresentAt(new ItemNumber(3, "a")).Select(p => p.Name));
        Assert.Equal(["Anna", "Bo", "Cecilia", "Erik"], attendance.PresentAt(new ItemNumber(4, "")).Select(p => p.Name));
    }

    [Fact]
    public void The_deciding_members_are_the_voting_people_present_less_the_recused()
    {
        using var content = BoardContent.Create();
        content.WriteItem("2.md", "number: 2\ntitle: T\nrecusals:\n  - { name: Bo, reason: Styrelseledamot i sökande förening }");
        var meeting = ContentLoader.Load(content.Root).Content.Meetings[0];

        var deciding = new Attendance(meeting).DecidingMembers(meeting.Items[0], new ItemNumber(2, ""));

        Assert.Equal(["Anna", "Cecilia", "David"], deciding);
    }
}
