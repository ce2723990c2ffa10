using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Loading;

/// <summary>Reads <c>protokoll.yml</c>.</summary>
internal static class SettingsReader
{
    public static ProtokollSettings Read(string path, List<Finding> findings)
    {
        if (!File.Exists(path))
        {
            findings.Add(Finding.Error(FindingCodes.MissingFile,
                $"The content folder has no {ContentFormat.SettingsFile}: create it with at least 'organisation:' and 'body:'.",
                SourceLocation.StartOf(path)));
            return new ProtokollSettings();
        }

        var fields = YamlFile.ReadMapping(path, ContentFormat.SettingsKeys, ContentFormat.SettingsFile, findings);
        if (fields is null)
        {
            return new ProtokollSettings();
        }

        fields.Require("organisation", "the organisation's name, shown at the top of every document.");
        fields.Require("body", "the deciding body, such as Styrgruppen.");
        return new ProtokollSettings
        {
            Organisation = fields.Text("organisation") ?? "",
            Body = fields.Text("body") ?? "",
            Locale = fields.Choice("locale", ContentFormat.Locales) ?? ProtokollSettings.DefaultLocale,
            Numbering = fields.Choice("numbering", ContentFormat.NumberingModes) ?? NumberingMode.PerMeeting,
            Templates = fields.Text("templates"),
            Pdf = fields.Bool("pdf"),
            Archive = fields.Text("archive")?.Trim(),
            Source = fields.Source,
        };
    }
}
