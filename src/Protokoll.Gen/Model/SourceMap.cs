using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Model;

/// <summary>
/// Where each key's value of one YAML mapping stands in its file, so checks can point at the exact value
/// (the line of <c>amount:</c>, not the item's first line).
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, SourceLocation> _values = new(StringComparer.Ordinal);

    public SourceMap(SourceLocation start) => Start = start;

    /// <summary>The mapping itself (the first key of a front matter block, the start of a list entry).</summary>
    public SourceLocation Start { get; }

    public void Add(string key, SourceLocation location) => _values[key] = location;

    /// <summary>The location of <paramref name="key"/>'s value, or of the mapping when the key is absent.</summary>
    public SourceLocation this[string key] => _values.TryGetValue(key, out var location) ? location : Start;

    public bool Contains(string key) => _values.ContainsKey(key);
}
