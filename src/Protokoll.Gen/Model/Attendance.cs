namespace Protokoll.Gen.Model;

/// <summary>
/// Who was present at which item of a meeting: every attendee, less those whose <c>items:</c> leave the item out.
/// The members who take part in a decision are the present people of voting groups, less those recused (jäv) from it.
/// </summary>
public sealed class Attendance
{
    private readonly IReadOnlyList<(Attendee Person, bool Voting)> _people;

    public Attendance(Meeting meeting) =>
        _people = meeting.Attendees.SelectMany(g => g.People.Select(p => (p, g.Voting))).ToArray();

    /// <summary>Everyone present at <paramref name="number"/>, voting or not, in attendance-list order.</summary>
    public IReadOnlyList<Attendee> PresentAt(ItemNumber number) =>
        _people.Where(p => Attends(p.Person, number)).Select(p => p.Person).ToArray();

    /// <summary>The names of the voting members present at the item who are not recused from it.</summary>
    public IReadOnlyList<string> DecidingMembers(AgendaItem item, ItemNumber number)
    {
        var recused = item.Recusals.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        return _people
            .Where(p => p.Voting && Attends(p.Person, number) && !recused.Contains(p.Person.Name))
            .Select(p => p.Person.Name)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Why <paramref name="name"/> is not among the deciding members of an item, for a message that says what to fix.</summary>
    public string WhyNotDeciding(string name, AgendaItem item, ItemNumber number)
    {
        var entries = _people.Where(p => string.Equals(p.Person.Name, name, StringComparison.Ordinal)).ToArray();
        if (entries.Length == 0)
        {
            return $"{name} is not in the meeting's attendance list ('attendees' in meeting.yml): correct the spelling of the name, or add the person to the list";
        }

        if (item.Recusals.Any(r => string.Equals(r.Name, name, StringComparison.Ordinal)))
        {
            return $"{name} is recused (jäv) from § {number} and took no part in it";
        }

        if (!entries.Any(p => Attends(p.Person, number)))
        {
            return $"{name} was not present at § {number} (attended items \"{entries[0].Person.Items}\"): correct 'items' in meeting.yml if the person was there";
        }

        return $"{name} attends in a group that does not take part in decisions ('voting: false' in meeting.yml)";
    }

    private static bool Attends(Attendee person, ItemNumber number) => person.PresentFor?.Contains(number) ?? true;
}
