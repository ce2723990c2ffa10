using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Loading;

namespace Protokoll.Gen.Formatting;

/// <summary>
/// The words of the documents in one locale, from <c>templates/locales/&lt;locale&gt;.yml</c>: data, not code, so an
/// organisation can change "Vid protokollet" without a release. An override file replaces single labels.
/// </summary>
public sealed class Labels
{
    private readonly Dictionary<string, string> _values;

    private Labels(string locale, Dictionary<string, string> values)
    {
        Locale = locale;
        _values = values;
    }

    public string Locale { get; }

    public IReadOnlyDictionary<string, string> Values => _values;

    public string this[string key] => _values.TryGetValue(key, out var value) ? value : key;

    /// <summary>The embedded labels of <paramref name="locale"/>, with an override file's labels on top when given.</summary>
    public static Labels Load(string locale, string? overrideFile, List<Finding> findings)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var resource = $"templates/locales/{locale}.yml";
        using (var stream = typeof(Labels).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the build."))
        using (var reader = new StreamReader(stream))
        {
            Merge(values, reader.ReadToEnd(), resource, findings);
        }

        if (overrideFile is not null && File.Exists(overrideFile) && TextFileReader.Read(overrideFile, findings) is { } text)
        {
            Merge(values, text, overrideFile, findings);
        }

        return new Labels(locale, values);
    }

    public static Labels Embedded(string locale) => Load(locale, null, []);

    private static void Merge(Dictionary<string, string> values, string yaml, string file, List<Finding> findings)
    {
        if (YamlTreeParser.Parse(yaml, file, 0, findings) is not YamlMapping mapping)
        {
            return;
        }

        foreach (var (key, value) in mapping.Entries)
        {
            if (value is YamlScalar scalar)
            {
                values[key.Value] = scalar.Value;
            }
            else
            {
                findings.Add(Finding.Error(FindingCodes.WrongType, $"The label '{key.Value}' must be text.",
                    new SourceLocation(file, value.Line, value.Column)));
            }
        }
    }
}
