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

    public static IReadOnlyList<string> SettingsKeys { get; } = ["organisation", "body", "locale", "numbering", "templates", "pdf", "archive"];

    public static IReadOnlyList<string> BudgetKeys { get; } = ["year", "title", "total", "stages", "processes", "allocations"];
    public static IReadOnlyList<string> StageKeys { get; } = ["key", "label"];
    public static IReadOnlyList<string> ProcessKeys { get; } = ["name", "owner"];
    public static IReadOnlyList<string> AllocationKeys { get; } = ["process", "stage", "amount"];

    public static IReadOnlyList<string> MeetingKeys { get; } =
        ["date", "title", "body", "time", "place", "chair", "secretary", "adjusters", "attendees", "absent", "budget",
            "adjustment", "notice", "archive"];
    public static IReadOnlyList<string> AttendeeGroupKeys { get; } = ["group", "people", "voting"];
    public static IReadOnlyList<string> AttendeeKeys { get; } = ["name", "organisation", "role", "items", "remote"];

    public static IReadOnlyList<string> ItemKeys { get; } =
    [
        "number", "title", "type", "process", "stage", "amount", "outcome", "applicant", "proposal", "motives",
        "decision", "attachments", "allocations", "supplement",
        "proposals", "procedure", "votes", "recusals", "reservations", "notes", "recipients", "case",
        "urgent_adjustment", "public", "private",
    ];

    public static IReadOnlyList<string> AdjustmentKeys { get; } = ["place", "date", "status"];
    public static IReadOnlyList<string> NoticeKeys { get; } = ["date"];

    public static IReadOnlyList<string> ProposalKeys { get; } = ["by", "text", "kind"];
    public static IReadOnlyList<string> VoteKeys { get; } = ["question", "ja", "nej", "avstar"];
    public static IReadOnlyList<string> RecusalKeys { get; } = ["name", "reason"];
    public static IReadOnlyList<string> ReservationKeys { get; } = ["name", "reason", "written"];
    public static IReadOnlyList<string> NoteKeys { get; } = ["by", "text"];

    /// <summary>The kinds of yrkande the minutes distinguish.</summary>
    public static IReadOnlyList<string> ProposalKinds { get; } =
        ["bifall", "avslag", "ändring", "tillägg", "återremiss", "bordläggning"];

    /// <summary>
    /// What <c>private:</c> may name: the Markdown body, or any item key that carries text. The number and the
    /// publication keys themselves are never private: the public edition needs them to say what it left out.
    /// </summary>
    public static IReadOnlyList<string> PrivateFieldNames { get; } =
        ["body", .. ItemKeys.Where(k => k is not ("number" or "public" or "private"))];

    public static IReadOnlyList<string> Locales { get; } = ["sv-SE", "en-GB"];

    public static IReadOnlyDictionary<string, NumberingMode> NumberingModes { get; } =
        new Dictionary<string, NumberingMode>(StringComparer.Ordinal)
        {
            ["per-meeting"] = NumberingMode.PerMeeting,
            ["per-year"] = NumberingMode.PerYear,
        };

    public static IReadOnlyDictionary<string, AdjustmentStatus> AdjustmentStatuses { get; } =
        new Dictionary<string, AdjustmentStatus>(StringComparer.Ordinal)
        {
            ["draft"] = AdjustmentStatus.Draft,
            ["adjusted"] = AdjustmentStatus.Adjusted,
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
