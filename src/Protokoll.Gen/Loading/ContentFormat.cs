using System.Globalization;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Loading;

/// <summary>
/// The content format's file names and keys: one list per block, shared by the readers, the JSON schemas and
/// the README so that the three cannot disagree.
/// </summary>
public static class ContentFormat
{
    public const string SettingsFile = "protokoll.yml";
    public const string BudgetsFolder = "budgets";
    public const string MeetingsFolder = "meetings";
    public const string MeetingFile = "meeting.yml";

    /// <summary>A real minutes book has a few hundred items a meeting; far more is generated or hostile input.</summary>
    public const int MaxItemsPerMeeting = 10_000;

    /// <summary>
    /// A meeting folder's name is its id in output paths and links: letters (any script, with combining marks),
    /// digits, spaces, '-', '_' and '.', starting with a letter or digit. No ':' (an href "javascript:..." would run),
    /// no '#', '?', '%' or '/', no leading '.' (hidden, or '..').
    /// </summary>
    public static bool IsValidMeetingId(string id) =>
        id.Length is > 0 and <= 200
        && char.IsLetterOrDigit(id[0])
        && !char.IsWhiteSpace(id[^1])
        && id.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.'
            || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    public static IReadOnlyList<string> SettingsKeys { get; } = ["organisation", "body", "locale", "numbering", "templates", "pdf"];

    public static IReadOnlyList<string> BudgetKeys { get; } = ["year", "title", "total", "stages", "processes", "allocations"];
    public static IReadOnlyList<string> StageKeys { get; } = ["key", "label"];
    public static IReadOnlyList<string> ProcessKeys { get; } = ["name", "owner"];
    public static IReadOnlyList<string> AllocationKeys { get; } = ["process", "stage", "amount"];

    public static IReadOnlyList<string> MeetingKeys { get; } =
        ["date", "title", "body", "time", "place", "chair", "secretary", "adjusters", "attendees", "absent", "budget"];
    public static IReadOnlyList<string> AttendeeGroupKeys { get; } = ["group", "people"];
    public static IReadOnlyList<string> AttendeeKeys { get; } = ["name", "organisation", "role", "items", "remote"];

    public static IReadOnlyList<string> ItemKeys { get; } =
    [
        "number", "title", "type", "process", "stage", "amount", "outcome", "applicant", "proposal", "motives",
        "decision", "attachments", "allocations", "supplement",
    ];

    public static IReadOnlyList<string> Locales { get; } = ["sv-SE", "en-GB"];

    public static IReadOnlyDictionary<string, NumberingMode> NumberingModes { get; } =
        new Dictionary<string, NumberingMode>(StringComparer.Ordinal)
        {
            ["per-meeting"] = NumberingMode.PerMeeting,
            ["per-year"] = NumberingMode.PerYear,
        };

    public static IReadOnlyDictionary<string, ItemType> ItemTypes { get; } =
        new Dictionary<string, ItemType>(StringComparer.Ordinal)
        {
            ["information"] = ItemType.Information,
            ["decision"] = ItemType.Decision,
            ["discussion"] = ItemType.Discussion,
        };

    public static IReadOnlyDictionary<string, ItemOutcome> Outcomes { get; } =
        new Dictionary<string, ItemOutcome>(StringComparer.Ordinal)
        {
            ["proposed"] = ItemOutcome.Proposed,
            ["approved"] = ItemOutcome.Approved,
            ["rejected"] = ItemOutcome.Rejected,
            ["deferred"] = ItemOutcome.Deferred,
        };
}
