namespace Protokoll.Gen.Diff;

/// <summary>How a diff is printed: for a terminal, for a pull request (Markdown), for tools (JSON).</summary>
public enum DiffFormat
{
    Text,
    Markdown,
    Json,
}
