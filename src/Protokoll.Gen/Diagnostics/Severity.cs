namespace Protokoll.Gen.Diagnostics;

/// <summary>How serious a finding is: errors stop a build, warnings do not (unless asked to).</summary>
public enum Severity
{
    Warning,
    Error,
}
