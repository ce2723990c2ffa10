using System.Buffers;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Loading;

/// <summary>Reads one agenda item file: front matter into fields, the rest kept as the Markdown body.</summary>
internal static class ItemReader
{
    public static AgendaItem? Read(string path, List<Finding> findings)
    {
        if (TextFileReader.ReadBytes(path, findings) is not { } bytes)
        {
            return null;
        }

        // Most files read as they are: split them straight from a reused buffer, so that a file's whole text never
        // becomes a string of its own next to its body, which is most of the file.
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            if (TextFileReader.TryDecodeUnchanged(bytes, buffer, out var length))
            {
                return FrontMatter.Split(buffer.AsSpan(0, length), path, findings) is { } plain ? Parse(plain, path, findings) : null;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        var text = TextFileReader.Decode(bytes, path, findings);
        return text is null ? null : Parse(text, path, findings);
    }

    public static AgendaItem? Parse(string text, string path, List<Finding> findings) =>
        FrontMatter.Split(text, path, findings) is { } split ? Parse(split, path, findings) : null;

    private static AgendaItem? Parse(FrontMatter split, string path, List<Finding> findings)
    {
        var fields = YamlFile.ParseMapping(split.Yaml, path, split.YamlLineOffset, ContentFormat.ItemKeys, "an item's front matter", findings);
        if (fields is null)
        {
            return null;
        }

        fields.Require("title", "the item's heading, such as 'Val av justerare'.");
        return new AgendaItem
        {
            Number = ReadNumber(fields),
            Title = fields.Text("title")?.Trim() ?? "",
            Type = fields.Choice("type", ContentFormat.ItemTypes) ?? ItemType.Information,
            Outcome = fields.Choice("outcome", ContentFormat.Outcomes) ?? ItemOutcome.Proposed,
            Applicant = fields.Text("applicant"),
            Proposal = fields.Markdown("proposal"),
            Motives = fields.Markdown("motives"),
            Decision = fields.Markdown("decision"),
            Attachments = fields.TextList("attachments"),
            Allocations = ReadAllocations(fields),
            Supplement = fields.Bool("supplement"),
            Proposals = ProceedingsReader.ReadProposals(fields),
            Procedure = ReadProcedure(fields),
            Vote = ProceedingsReader.ReadVote(fields),
            Recusals = ProceedingsReader.ReadRecusals(fields),
            Reservations = ProceedingsReader.ReadReservations(fields),
            Notes = ProceedingsReader.ReadNotes(fields),
            Recipients = fields.TextList("recipients").Select(r => r.Trim()).ToArray(),
            CaseNumber = fields.Text("case")?.Trim(),
            UrgentAdjustment = fields.Bool("urgent_adjustment"),
            IsPublic = fields.Bool("public", whenMissing: true),
            PrivateFields = ProceedingsReader.ReadPrivateFields(fields),
            Body = split.Body,
            BodyLine = split.BodyLine,
            File = path,
            Source = fields.Source,
        };
    }

    private static ItemNumber? ReadNumber(FieldReader fields)
    {
        var text = fields.Text("number");
        if (text is null)
        {
            if (!fields.Has("number"))
            {
                fields.Report(FindingCodes.NumberMissing,
                    "The item has no 'number': add the agenda number, such as 'number: 8' (or 'number: 17a' for an item added late).",
                    fields.Source.Start);
            }

            return null;
        }

        if (ItemNumber.TryParse(text, out var number) && number.Value > 0)
        {
            return number;
        }

        fields.Report(FindingCodes.NumberInvalid,
            $"'{text}' is not an item number: write a positive whole number such as 8, or 17a for an item inserted after 17.",
            fields.Source["number"]);
        return null;
    }

    /// <summary>The beslutsgång: a list of lines, or one Markdown block kept whole.</summary>
    private static string[] ReadProcedure(FieldReader fields) =>
        fields.Node("procedure") is YamlScalar ? [fields.Markdown("procedure")!] : fields.TextList("procedure").Select(l => l.Trim()).ToArray();

    private static IReadOnlyList<Allocation> ReadAllocations(FieldReader fields)
    {
        if (fields.Has("allocations"))
        {
            if (fields.Has("amount"))
            {
                fields.Report(FindingCodes.InvalidValue,
                    "The item has both 'amount' and 'allocations': use 'allocations' alone when a decision funds several lines.",
                    fields.Source["amount"]);
            }

            return AllocationReader.ReadList(fields, "allocations");
        }

        return AllocationReader.ReadSingle(fields) is { } single ? [single] : [];
    }
}
