using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Tests.Support;

namespace Protokoll.Gen.Tests.Diagnostics;

/// <summary>docs/swedish-minutes.md is the secretary's reference: it must not fall behind the codes and keys.</summary>
public sealed class SwedishMinutesDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "swedish-minutes.md"));

    [Fact]
    public void Every_pg6xx_code_is_documented()
    {
        var missing = FindingCodes.All.Where(c => c.Code.StartsWith("PG6", StringComparison.Ordinal) && !Doc.Contains(c.Code, StringComparison.Ordinal));

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_new_key_is_documented()
    {
        string[] keys =
        [
            "proposals", "procedure", "votes", "recusals", "reservations", "notes", "recipients", "case",
            "urgent_adjustment", "public", "private", "adjustment", "notice", "voting", "archive",
        ];

        Assert.All(keys, key => Assert.True(
            (ContentFormat.ItemKeys.Contains(key) || ContentFormat.MeetingKeys.Contains(key) || ContentFormat.AttendeeGroupKeys.Contains(key)
                || ContentFormat.SettingsKeys.Contains(key))
            && Doc.Contains($"`{key}`", StringComparison.Ordinal),
            $"'{key}' is not a content key or not documented"));
    }
}
