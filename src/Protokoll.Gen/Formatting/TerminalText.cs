using System.Globalization;
using System.Text;

namespace Protokoll.Gen.Formatting;

/// <summary>
/// The one helper for human-readable output (check text, budget text, deadlines text, diff text, and under the
/// Markdown escaper): a control character from content (ESC and OSC 8 hyperlinks, erase-line, cursor moves, C0, DEL,
/// C1) or a bidi control (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) is shown as <c>\uXXXX</c>, so a terminal or
/// CI log cannot be made to hide or reorder a finding. Line feeds stay (the writers decide about lines); a backslash
/// stays as it is, so plain paths keep their bytes. Machine formats (JSON) keep their own escaping instead.
/// </summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAnyExcept(Safe))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsHostile(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether a character is one <see cref="Escape"/> replaces.</summary>
    public static bool IsHostile(char c) =>
        (c < ' ' && c != '\n') || (c >= '\u007F' && c <= '\u009F')
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static readonly System.Buffers.SearchValues<char> Safe = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => !IsHostile(c)).ToArray());
}
