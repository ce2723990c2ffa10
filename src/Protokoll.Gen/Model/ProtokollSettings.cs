namespace Protokoll.Gen.Model;

/// <summary>The organisation-wide settings of <c>protokoll.yml</c>.</summary>
public sealed record ProtokollSettings
{
    public const string DefaultLocale = "sv-SE";

    public string Organisation { get; init; } = "";
    public string Body { get; init; } = "";
    public string Locale { get; init; } = DefaultLocale;
    public NumberingMode Numbering { get; init; } = NumberingMode.PerMeeting;

    /// <summary>A folder of template overrides, relative to the content folder.</summary>
    public string? Templates { get; init; }

    public bool Pdf { get; init; }

    /// <summary>Förvaringsplats: where the signed minutes are kept, printed in the anslag certificate.</summary>
    public string? Archive { get; init; }
    public SourceMap? Source { get; init; }
}
