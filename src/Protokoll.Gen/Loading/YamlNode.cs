namespace Protokoll.Gen.Loading;

/// <summary>
/// A node of the small YAML tree the loader reads. Built from YamlDotNet's parser events rather than its
/// representation model so that aliases, depth and duplicate keys are refused with a location instead of
/// being expanded or thrown.
/// </summary>
internal abstract class YamlNode(int line, int column)
{
    /// <summary>1-based line in the YAML text (not yet shifted to the file).</summary>
    public int Line { get; } = line;
    public int Column { get; } = column;

    public abstract string Kind { get; }
}

internal sealed class YamlScalar(int line, int column, string value, bool isPlain) : YamlNode(line, column)
{
    public string Value { get; } = value;

    /// <summary>Plain (unquoted) scalars may be null (<c>~</c>, <c>null</c>, empty); quoted ones never are.</summary>
    public bool IsPlain { get; } = isPlain;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Kind => "text";
}

internal sealed class YamlSequence(int line, int column, IReadOnlyList<YamlNode> items) : YamlNode(line, column)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string Kind => "list";
}

internal sealed class YamlMapping(int line, int column, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries)
    : YamlNode(line, column)
{
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public override string Kind => "mapping";
}
