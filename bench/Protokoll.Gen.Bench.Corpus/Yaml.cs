namespace Protokoll.Gen.Bench.Corpus;

/// <summary>Just enough YAML emitting for the corpus: plain scalars where they are safe, double quotes otherwise.</summary>
internal static class Yaml
{
    private static readonly string[] Reserved = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"];

    /// <summary>A scalar in block context (after "key: " or "- ").</summary>
    public static string Scalar(string s) => IsPlainSafe(s, flow: false) ? s : Quote(s);

    /// <summary>A scalar inside [ ... ] or { ... }, where ",[]{}" also end a plain scalar.</summary>
    public static string FlowScalar(string s) => IsPlainSafe(s, flow: true) ? s : Quote(s);

    private static bool IsPlainSafe(string s, bool flow)
    {
        if (s.Length == 0 || char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || char.IsAsciiDigit(s[0]))
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(s[0], StringComparison.Ordinal) || s.EndsWith(':'))
        {
            return false;
        }

        if (s.Contains(": ", StringComparison.Ordinal) || s.Contains(" #", StringComparison.Ordinal) || s.Contains('\n', StringComparison.Ordinal))
        {
            return false;
        }

        if (flow && s.AsSpan().IndexOfAny(",[]{}") >= 0)
        {
            return false;
        }

        return !Reserved.Contains(s, StringComparer.OrdinalIgnoreCase);
    }

    private static string Quote(string s) =>
        "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
