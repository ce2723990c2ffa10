namespace Protokoll.Gen.Import;

/// <summary>One line of a legacy document with its 1-based line number, so every finding points into the original.</summary>
public readonly record struct LegacyLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
