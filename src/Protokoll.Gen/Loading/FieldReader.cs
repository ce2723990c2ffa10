using System.Globalization;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Loading;

/// <summary>
/// Typed, located access to one YAML mapping. Every value that is missing, of the wrong shape or unreadable
/// becomes a finding at the value itself; unknown keys are reported once, with the closest known key.
/// </summary>
internal sealed class FieldReader
{
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);
    private readonly List<Finding> _findings;
    private readonly int _lineOffset;

    public FieldReader(YamlMapping mapping, string file, int lineOffset, IReadOnlyCollection<string> knownKeys,
        string blockName, List<Finding> findings)
    {
        File = file;
        _lineOffset = lineOffset;
        _findings = findings;
        Source = new SourceMap(At(mapping));
        foreach (var (key, value) in mapping.Entries)
        {
            if (!knownKeys.Contains(key.Value))
            {
                findings.Add(Finding.Error(FindingCodes.UnknownKey,
                    $"Unknown key '{key.Value}' in {blockName}.{Suggestions.DidYouMean(key.Value, knownKeys)} Known keys: {string.Join(", ", knownKeys)}.",
                    At(key)));
                continue;
            }

            _values[key.Value] = value;
            Source.Add(key.Value, At(value));
        }
    }

    public string File { get; }
    public SourceMap Source { get; }

    public SourceLocation At(YamlNode node) => new(File, node.Line + _lineOffset, node.Column);

    public void Report(string code, string message, SourceLocation location) =>
        _findings.Add(Finding.Error(code, message, location));

    public bool Has(string key) => _values.TryGetValue(key, out var node) && !(node is YamlScalar { IsNull: true });

    public YamlNode? Node(string key) => Has(key) ? _values[key] : null;

    public void Require(string key, string hint)
    {
        if (!Has(key))
        {
            Report(FindingCodes.MissingKey, $"The key '{key}' is required: {hint}", Source.Start);
        }
    }

    public string? Text(string key)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlScalar scalar:
                return scalar.Value;
            case var other:
                WrongType(key, other, "text");
                return null;
        }
    }

    /// <summary>Markdown text; a list of paragraphs is joined with blank lines.</summary>
    public string? Markdown(string key)
    {
        if (Node(key) is YamlSequence sequence)
        {
            var paragraphs = new List<string>();
            foreach (var entry in sequence.Items)
            {
                if (entry is YamlScalar scalar)
                {
                    paragraphs.Add(scalar.Value.Trim());
                }
                else
                {
                    WrongType(key, entry, "a paragraph of text");
                }
            }

            return string.Join("\n\n", paragraphs);
        }

        return Text(key)?.Trim();
    }

    /// <summary>A list of text; a single text stands for a list of one.</summary>
    public IReadOnlyList<string> TextList(string key)
    {
        switch (Node(key))
        {
            case null:
                return [];
            case YamlScalar scalar:
                return [scalar.Value];
            case YamlSequence sequence:
                var result = new List<string>(sequence.Items.Count);
                foreach (var entry in sequence.Items)
                {
                    if (entry is YamlScalar text)
                    {
                        result.Add(text.Value);
                    }
                    else
                    {
                        WrongType(key, entry, "text");
                    }
                }

                return result;
            case var other:
                WrongType(key, other, "a list of text");
                return [];
        }
    }

    public bool Bool(string key, bool whenMissing = false)
    {
        var text = Text(key);
        switch (text)
        {
            case null:
                return whenMissing;
            case "true" or "True" or "TRUE" or "yes" or "ja":
                return true;
            case "false" or "False" or "FALSE" or "no" or "nej":
                return false;
            default:
                Report(FindingCodes.WrongType, $"'{key}' must be true or false, not '{text}'.", Source[key]);
                return false;
        }
    }

    public int? Integer(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(FindingCodes.WrongType, $"'{key}' must be a whole number, not '{text}'.", Source[key]);
        return null;
    }

    public DateOnly? Date(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (IsoDate.TryParse(text.AsSpan().Trim(), out var date))
        {
            return date;
        }

        Report(FindingCodes.InvalidDate, $"'{key}' must be a date written YYYY-MM-DD (ISO 8601), such as 2022-06-09; '{text}' is not a date.", Source[key]);
        return null;
    }

    /// <summary>One value from a fixed set, written in lower case with dashes in the file.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> allowed)
        where T : struct
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (allowed.TryGetValue(text.Trim(), out var value))
        {
            return value;
        }

        Report(FindingCodes.InvalidValue,
            $"'{key}' cannot be '{text}'.{Suggestions.DidYouMean(text, allowed.Keys)} Allowed: {string.Join(", ", allowed.Keys)}.",
            Source[key]);
        return null;
    }

    /// <summary>One text from a fixed set.</summary>
    public string? Choice(string key, IReadOnlyList<string> allowed)
    {
        var text = Text(key)?.Trim();
        if (text is null || allowed.Contains(text))
        {
            return text;
        }

        Report(FindingCodes.InvalidValue,
            $"'{key}' cannot be '{text}'.{Suggestions.DidYouMean(text, allowed)} Allowed: {string.Join(", ", allowed)}.",
            Source[key]);
        return null;
    }

    /// <summary>An amount in kronor; unreadable, non-positive and over-precise amounts are findings.</summary>
    public decimal? Amount(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        var result = AmountParser.Parse(text);
        if (!result.IsValid)
        {
            Report(result.Code!, result.Message!, Source[key]);
            return null;
        }

        return result.Value;
    }

    public YamlSequence? Sequence(string key)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlSequence sequence:
                return sequence;
            case var other:
                WrongType(key, other, "a list (lines starting with '- ')");
                return null;
        }
    }

    /// <summary>The block of keys under <paramref name="key"/>; null when absent, or not a block (a finding says so).</summary>
    public FieldReader? Block(string key, IReadOnlyCollection<string> knownKeys)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlMapping mapping:
                return new FieldReader(mapping, File, _lineOffset, knownKeys, $"'{key}'", _findings);
            case var other:
                WrongType(key, other, "a block of keys (key: value)");
                return null;
        }
    }

    public FieldReader? Nested(YamlNode node, IReadOnlyCollection<string> knownKeys, string blockName)
    {
        if (node is YamlMapping mapping)
        {
            return new FieldReader(mapping, File, _lineOffset, knownKeys, blockName, _findings);
        }

        Report(FindingCodes.WrongType, $"Each entry of {blockName} must be a block of keys (key: value), not {Article(node.Kind)}.", At(node));
        return null;
    }

    private void WrongType(string key, YamlNode node, string expected) =>
        Report(FindingCodes.WrongType, $"'{key}' must be {expected}, not {Article(node.Kind)}.", At(node));

    private static string Article(string kind) => kind == "text" ? "text" : $"a {kind}";
}
