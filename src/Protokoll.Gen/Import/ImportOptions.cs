using Protokoll.Gen.Authoring;

namespace Protokoll.Gen.Import;

/// <summary>How <c>protokoll import</c> fills what legacy minutes do not say.</summary>
public sealed record ImportOptions
{
    /// <summary>The meeting's date: legacy extracts often lack it.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Whether <see cref="Date"/> was given by the user rather than taken from the clock, for the report.</summary>
    public bool DateGiven { get; init; }

    public string Organisation { get; init; } = SkeletonOptions.DefaultOrganisation;
    public string Body { get; init; } = SkeletonOptions.DefaultBody;
}
