using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Checks;

/// <summary>
/// Only a member who took part in the decision may reserve against it, and a member who voted for an approved
/// decision cannot reserve against it: either the reservation or the vote is recorded wrong.
/// </summary>
public sealed class ReservationCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var meeting in context.Content.Meetings)
        {
            var attendance = new Attendance(meeting);
            foreach (var item in meeting.Items)
            {
                if (item.Reservations.Count == 0 || item.Number is not { } number)
                {
                    continue;
                }

                var deciding = attendance.DecidingMembers(item, number);
                foreach (var reservation in item.Reservations)
                {
                    if (!deciding.Contains(reservation.Name, StringComparer.Ordinal))
                    {
                        yield return Finding.Error(FindingCodes.ReservationNotPresent,
                            $"Only a member who took part in the decision may reserve against it, but {attendance.WhyNotDeciding(reservation.Name, item, number)}.",
                            reservation.Source["name"]);
                    }
                    else if (item.Outcome == ItemOutcome.Approved && VotedYes(item.Vote, reservation.Name))
                    {
                        yield return Finding.Error(FindingCodes.ReservationByYesVoter,
                            $"{reservation.Name} reserves against the decision but voted ja for it: a reservation is against a decision the member opposed. Correct the vote or remove the reservation (a statement that is not a reservation is a protokollsanteckning: 'notes').",
                            reservation.Source["name"]);
                    }
                }
            }
        }
    }

    private static bool VotedYes(Vote? vote, string name) =>
        vote?.Voters.Any(v => v.Choice == VoteChoice.Yes && string.Equals(v.Name, name, StringComparison.Ordinal)) == true;
}
