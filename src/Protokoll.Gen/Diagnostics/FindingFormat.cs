namespace Protokoll.Gen.Diagnostics;

/// <summary>How findings are printed: for people, for tools, for GitHub's annotations, for code-scanning tools, for GitLab's Code Quality report.</summary>
public enum FindingFormat
{
    Text,
    Json,
    Github,
    Sarif,
    Gitlab,
}
