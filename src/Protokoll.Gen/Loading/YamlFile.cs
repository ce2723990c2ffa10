using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Loading;

/// <summary>Reads a whole-YAML content file (settings, budget, meeting) into a <see cref="FieldReader"/>.</summary>
internal static class YamlFile
{
    public static FieldReader? ReadMapping(string path, IReadOnlyCollection<string> knownKeys, string blockName, List<Finding> findings)
    {
        var text = TextFileReader.Read(path, findings);
        return text is null ? null : ParseMapping(text, path, 0, knownKeys, blockName, findings);
    }

    public static FieldReader? ParseMapping(string yaml, string path, int lineOffset, IReadOnlyCollection<string> knownKeys,
        string blockName, List<Finding> findings)
    {
        var errorsBefore = findings.Count;
        var root = YamlTreeParser.Parse(yaml, path, lineOffset, findings);
        switch (root)
        {
            case YamlMapping mapping:
                return new FieldReader(mapping, path, lineOffset, knownKeys, blockName, findings);
            case null when findings.Count > errorsBefore:
                return null;
            case null:
            case YamlScalar { IsNull: true }:
                // An empty file still has to report its missing keys, so it reads as an empty block.
                return new FieldReader(new YamlMapping(1, 1, []), path, lineOffset, knownKeys, blockName, findings);
            default:
                findings.Add(Finding.Error(FindingCodes.WrongType,
                    $"{blockName} must be a block of keys (key: value), not {(root.Kind == "text" ? "text" : "a " + root.Kind)}.",
                    new SourceLocation(path, root.Line + lineOffset, root.Column)));
                return null;
        }
    }
}
