using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Protokoll.Gen.Authoring;

/// <summary>
/// Writes YAML values so that they read back as exactly the text written: plain where that is unambiguous
/// (<c>title: Val av justerare</c>), double-quoted where a plain value would change meaning or not parse
/// (<c>title: "Budget: steg 2"</c>, <c>"# 3"</c>, <c>"true"</c>, <c>"2022"</c>), and literal blocks for paragraphs.
/// </summary>
public static partial class YamlText
{
    /// <summary>One value on the line of its key.</summary>
    public static string Scalar(string value) => IsSafePlain(value) ? value : DoubleQuoted(value);

    /// <summary>One value inside <c>{ … }</c>, where commas and brackets also end a plain value.</summary>
    public static string FlowScalar(string value) =>
        value.AsSpan().IndexOfAny(",[]{}") >= 0 ? DoubleQuoted(value) : Scalar(value);

    /// <summary><c>key: value</c>, with a literal block (<c>|</c>) for text of several lines.</summary>
    public static string Entry(string key, string value, int indent = 0)
    {
        var pad = new string(' ', indent);
        if (!value.Contains('\n', StringComparison.Ordinal) || !IsSafeLiteral(value))
        {
            return $"{pad}{key}: {Scalar(value)}\n";
        }

        var builder = new StringBuilder();
        builder.Append(pad).Append(key).Append(value.EndsWith('\n') ? ": |\n" : ": |-\n");
        foreach (var line in value.TrimEnd('\n').Split('\n'))
        {
            builder.Append(line.Length == 0 ? "" : pad + "  " + line).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>An amount as a YAML number: 275740 or 275740.5, never with a culture's separators.</summary>
    public static string Amount(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool IsSafePlain(string value)
    {
        if (value.Length == 0 || value != value.Trim() || "-?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal))
        {
            return false;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':')
            || value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\u00A0'))
        {
            return false;
        }

        // Text that a YAML 1.1 or 1.2 reader would take for something other than text (null, a boolean, a number,
        // a date) is quoted, so editors, schema validators and other tools all see the same string.
        return !NotText().IsMatch(value);
    }

    /// <summary>A literal block keeps text exactly, except leading spaces on its first line and trailing spaces.</summary>
    private static bool IsSafeLiteral(string value) =>
        !value.StartsWith(' ') && !value.StartsWith('\n')
        && !value.Split('\n').Any(line => line.EndsWith(' ') || line.EndsWith('\t') || line.Any(c => char.IsControl(c) && c != '\t'))
        && !value.EndsWith("\n\n", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?(?:\.inf|\.nan)|[-+]?[0-9][0-9_,.:]*(?:[eE][-+]?[0-9]+)?|0[xob][0-9a-fA-F_]+|[0-9]{4}-[0-9][0-9]?-[0-9][0-9]?(?:[Tt ].*)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotText();
}
