namespace Protokoll.Gen.Authoring;

/// <summary>
/// The JSON Schemas of the content format (<c>schemas/*.schema.json</c> in the repository, embedded in the library),
/// and the <c># yaml-language-server: $schema=…</c> line that lets an editor check a YAML file while it is typed.
/// </summary>
public static class SchemaFiles
{
    /// <summary>Where <c>init</c> puts the schemas: inside the content folder, so the relative links hold wherever the folder lives.</summary>
    public const string ContentFolderName = ".schemas";

    /// <summary>The schemas folder of a repository that keeps its content in a subfolder, as this repository does.</summary>
    public const string RepositoryFolderName = "schemas";

    public const string Settings = "protokoll.schema.json";
    public const string Budget = "budget.schema.json";
    public const string Meeting = "meeting.schema.json";
    public const string Item = "item.schema.json";

    public static IReadOnlyList<string> Names { get; } = [Settings, Budget, Meeting, Item];

    public static string Read(string name)
    {
        var resource = $"schemas/{name}";
        using var stream = typeof(SchemaFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The schemas folder a content folder's files should point at: its own <c>.schemas</c>, else a <c>schemas</c>
    /// folder beside it; null when there is neither (the line is then left out rather than pointing nowhere).
    /// </summary>
    public static string? FolderFor(string contentRoot)
    {
        foreach (var candidate in new[] { Path.Combine(contentRoot, ContentFolderName), Path.Combine(contentRoot, "..", RepositoryFolderName) })
        {
            if (File.Exists(Path.Combine(candidate, Settings)))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    /// <summary>The editor line for <paramref name="file"/>, relative to it, or "" without a schemas folder.</summary>
    public static string EditorLine(string file, string? schemaFolder, string name) =>
        schemaFolder is null
            ? ""
            : $"# yaml-language-server: $schema={Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(file))!, Path.Combine(schemaFolder, name)).Replace('\\', '/')}\n";
}
