using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Checks;

/// <summary>
/// A vote must add up to the members who took part in the item: the voting members present at it (partial
/// attendance counts), less those recused (jäv). In an open vote every name must be such a member, once.
/// </summary>
public sealed class VoteCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var meeting in context.Content.Meetings)
        {
            var attendance = new Attendance(meeting);
            foreach (var item in meeting.Items)
            {
                if (item.Vote is not { } vote || item.Number is not { } number)
                {
                    continue;
                }

                var deciding = attendance.DecidingMembers(item, number);
                var findings = vote.Named ? CheckNamed(vote, item, number, deciding, attendance) : CheckCounts(vote, number, deciding);
                foreach (var finding in findings)
                {
                    yield return finding;
                }
            }
        }
    }

    private static IEnumerable<Finding> CheckCounts(Vote vote, ItemNumber number, IReadOnlyList<string> deciding)
    {
        if (vote.Total != deciding.Count)
        {
            yield return Finding.Error(FindingCodes.VoteCountMismatch,
                $"The vote adds up to {vote.Total} (ja {vote.Yes}, nej {vote.No}, avstår {vote.Abstain}) but {deciding.Count} voting members took part in § {number} ({Names(deciding)}): every member present who is not recused votes ja, nej or avstår. Correct the counts, or the attendance ('items' in meeting.yml) and 'recusals'.",
                vote.Source.Start);
        }
    }

    private static IEnumerable<Finding> CheckNamed(Vote vote, AgendaItem item, ItemNumber number, IReadOnlyList<string> deciding, Attendance attendance)
    {
        var recused = item.Recusals.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var voter in vote.Voters)
        {
            if (!seen.Add(voter.Name))
            {
                yield return Finding.Error(FindingCodes.VoteCountMismatch,
                    $"{voter.Name} is listed twice in the vote: each member has one vote; keep the name under one of ja, nej or avstar.",
                    voter.Location);
            }
            else if (recused.Contains(voter.Name))
            {
                yield return Finding.Error(FindingCodes.RecusedVoter,
                    $"{voter.Name} is recused (jäv) from § {number} and so may not vote on it: remove the name from the vote, or the recusal if there was none.",
                    voter.Location);
            }
            else if (!deciding.Contains(voter.Name, StringComparer.Ordinal))
            {
                yield return Finding.Error(FindingCodes.VoterNotPresent,
                    $"{voter.Name} is recorded as voting but {attendance.WhyNotDeciding(voter.Name, item, number)}.",
                    voter.Location);
            }
        }

        var missing = deciding.Where(name => !seen.Contains(name)).ToArray();
        if (missing.Length > 0)
        {
            yield return Finding.Error(FindingCodes.VoteCountMismatch,
                $"The open vote lists {seen.Count} of the {deciding.Count} voting members who took part in § {number}; missing: {Names(missing)}. Add each under ja, nej or avstar, or correct the attendance ('items' in meeting.yml) or 'recusals'.",
                vote.Source.Start);
        }
    }

    private static string Names(IReadOnlyCollection<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);
}
