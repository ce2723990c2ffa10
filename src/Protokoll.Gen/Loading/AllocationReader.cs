using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Loading;

/// <summary>Reads money moves: an <c>allocations:</c> list, or the single <c>process/stage/amount</c> keys of an item.</summary>
internal static class AllocationReader
{
    public static IReadOnlyList<Allocation> ReadList(FieldReader fields, string key)
    {
        var sequence = fields.Sequence(key);
        if (sequence is null)
        {
            return [];
        }

        var result = new List<Allocation>(sequence.Items.Count);
        foreach (var node in sequence.Items)
        {
            var entry = fields.Nested(node, ContentFormat.AllocationKeys, $"'{key}'");
            if (entry is not null && ReadSingle(entry) is { } allocation)
            {
                result.Add(allocation);
            }
        }

        return result;
    }

    /// <summary>The allocation the <c>process</c>, <c>stage</c> and <c>amount</c> keys describe, or null when there is no amount.</summary>
    public static Allocation? ReadSingle(FieldReader fields)
    {
        if (!fields.Has("amount"))
        {
            return null;
        }

        var amount = fields.Amount("amount");
        var process = fields.Text("process")?.Trim();
        if (string.IsNullOrEmpty(process))
        {
            fields.Report(FindingCodes.AmountWithoutProcess,
                "The amount names no process: add 'process:' with the budget line that receives the money.",
                fields.Source["amount"]);
            return null;
        }

        var stage = fields.Text("stage")?.Trim();
        return amount is { } value ? new Allocation(process, string.IsNullOrEmpty(stage) ? null : stage, value, fields.Source) : null;
    }
}
