using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Loading;

/// <summary>
/// Reads what happened to an item at the meeting: yrkanden, omröstning, jäv, reservations, protokollsanteckningar
/// and the fields marked private. Every entry keeps its locations so the checks can point at a single name.
/// </summary>
internal static class ProceedingsReader
{
    public static IReadOnlyList<MemberProposal> ReadProposals(FieldReader fields)
    {
        var result = new List<MemberProposal>();
        foreach (var node in fields.Sequence("proposals")?.Items ?? [])
        {
            if (fields.Nested(node, ContentFormat.ProposalKeys, "'proposals'") is not { } entry)
            {
                continue;
            }

            entry.Require("by", "who made the proposal (yrkande), such as 'by: Jonas Berg'.");
            entry.Require("text", "what was proposed, such as 'text: Avslag på förslaget.'");
            result.Add(new MemberProposal(
                entry.Text("by")?.Trim() ?? "",
                entry.Markdown("text") ?? "",
                entry.Choice("kind", ContentFormat.ProposalKinds),
                entry.Source));
        }

        return result;
    }

    public static Vote? ReadVote(FieldReader fields)
    {
        if (fields.Block("votes", ContentFormat.VoteKeys) is not { } vote)
        {
            return null;
        }

        var sides = new[] { ("ja", VoteChoice.Yes), ("nej", VoteChoice.No), ("avstar", VoteChoice.Abstain) };
        if (!sides.Any(s => vote.Has(s.Item1)))
        {
            vote.Report(FindingCodes.MissingKey,
                "A vote needs 'ja', 'nej' and 'avstar': each a count (ja: 5) or a list of the members' names (ja: [Anna Lindqvist, Maria Holm]).",
                vote.Source.Start);
            return null;
        }

        var named = sides.Where(s => vote.Node(s.Item1) is YamlSequence).Select(s => s.Item1).ToArray();
        var counted = sides.Where(s => vote.Node(s.Item1) is YamlScalar).Select(s => s.Item1).ToArray();
        if (named.Length > 0 && counted.Length > 0)
        {
            vote.Report(FindingCodes.InvalidValue,
                $"The vote mixes names ({string.Join(", ", named)}) and counts ({string.Join(", ", counted)}): write every side as a list of names (an open vote) or every side as a count.",
                vote.Source[counted[0]]);
            return null;
        }

        var voters = new List<Voter>();
        var counts = new Dictionary<VoteChoice, int>();
        foreach (var (key, choice) in sides)
        {
            if (named.Length > 0)
            {
                foreach (var name in vote.Sequence(key)?.Items ?? [])
                {
                    if (name is YamlScalar { IsNull: false } text)
                    {
                        voters.Add(new Voter(text.Value.Trim(), choice, vote.At(text)));
                    }
                    else
                    {
                        vote.Report(FindingCodes.WrongType, $"Each entry of '{key}' must be a member's name.", vote.At(name));
                    }
                }

                counts[choice] = voters.Count(v => v.Choice == choice);
            }
            else
            {
                counts[choice] = vote.Integer(key) ?? 0;
            }
        }

        return new Vote
        {
            Question = vote.Text("question")?.Trim(),
            Named = named.Length > 0,
            Yes = counts[VoteChoice.Yes],
            No = counts[VoteChoice.No],
            Abstain = counts[VoteChoice.Abstain],
            Voters = voters,
            Source = vote.Source,
        };
    }

    public static IReadOnlyList<Recusal> ReadRecusals(FieldReader fields) =>
        ReadNamed(fields, "recusals", ContentFormat.RecusalKeys,
            (name, entry, source) => new Recusal(name, entry?.Text("reason")?.Trim(), source));

    public static IReadOnlyList<Reservation> ReadReservations(FieldReader fields) =>
        ReadNamed(fields, "reservations", ContentFormat.ReservationKeys,
            (name, entry, source) => new Reservation(name, entry?.Markdown("reason"), entry?.Bool("written") ?? false, source));

    public static IReadOnlyList<MinutesNote> ReadNotes(FieldReader fields)
    {
        var result = new List<MinutesNote>();
        foreach (var node in fields.Sequence("notes")?.Items ?? [])
        {
            if (fields.Nested(node, ContentFormat.NoteKeys, "'notes'") is not { } entry)
            {
                continue;
            }

            entry.Require("by", "who asked for the note (protokollsanteckning).");
            entry.Require("text", "the note's wording.");
            result.Add(new MinutesNote(entry.Text("by")?.Trim() ?? "", entry.Markdown("text") ?? "", entry.Source));
        }

        return result;
    }

    public static IReadOnlyList<string> ReadPrivateFields(FieldReader fields)
    {
        if (fields.Node("private") is YamlScalar single)
        {
            return CheckPrivateField(fields, single) is { } name ? [name] : [];
        }

        var result = new List<string>();
        foreach (var node in fields.Sequence("private")?.Items ?? [])
        {
            if (node is not YamlScalar scalar)
            {
                fields.Report(FindingCodes.WrongType, "Each entry of 'private' must be a field name, such as body or applicant.", fields.At(node));
            }
            else if (CheckPrivateField(fields, scalar) is { } name)
            {
                result.Add(name);
            }
        }

        return result;
    }

    private static string? CheckPrivateField(FieldReader fields, YamlScalar scalar)
    {
        var name = scalar.Value.Trim();
        if (ContentFormat.PrivateFieldNames.Contains(name))
        {
            return name;
        }

        fields.Report(FindingCodes.InvalidValue,
            $"'private' cannot name '{name}'.{Suggestions.DidYouMean(name, ContentFormat.PrivateFieldNames)} It lists the fields left out of the public edition: {string.Join(", ", ContentFormat.PrivateFieldNames)}.",
            fields.At(scalar));
        return null;
    }

    /// <summary>A list whose entries are a name alone (<c>- Jonas Berg</c>) or a block with <c>name:</c> and more.</summary>
    private static List<T> ReadNamed<T>(FieldReader fields, string key, IReadOnlyList<string> knownKeys,
        Func<string, FieldReader?, SourceMap, T> create)
    {
        var result = new List<T>();
        foreach (var node in fields.Sequence(key)?.Items ?? [])
        {
            if (node is YamlScalar { IsNull: false } plain)
            {
                // A name alone still gets a map with 'name' in it, so checks point at it the same way.
                var source = new SourceMap(fields.At(plain));
                source.Add("name", fields.At(plain));
                result.Add(create(plain.Value.Trim(), null, source));
            }
            else if (fields.Nested(node, knownKeys, $"'{key}'") is { } entry)
            {
                entry.Require("name", "the member's name.");
                result.Add(create(entry.Text("name")?.Trim() ?? "", entry, entry.Source));
            }
        }

        return result;
    }
}
