using System.Text;

namespace Protokoll.Gen.Formatting;

/// <summary>
/// The one escaper for every Markdown writer (job summary, <c>diff --format md</c>, budget Markdown). Values come
/// from pull requests (file names, titles, process names), so each is written as inert text: no line break that
/// ends a table row or starts a heading, no pipe that splits a cell, no raw HTML or comment (<c>&lt;!--</c>), no
/// link, image or code span. Plain words and numbers come out unchanged, so clean content keeps its bytes.
/// </summary>
public static class MarkdownText
{
    /// <summary>A value inside a table cell.</summary>
    public static string Cell(string text) => Inline(text);

    /// <summary>A value in running text (a bold heading line): the same rules, a line break becomes a space.</summary>
    public static string Inline(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in TerminalText.Escape(text).EnumerateRunes())
        {
            var s = rune.ToString();
            builder.Append(rune.Value switch
            {
                '\r' or '\n' or '\t' => " ",
                '|' => "\\|",
                '\\' => "\\\\",
                '[' => "\\[",
                ']' => "\\]",
                '`' => "&#96;",
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '#' when builder.Length == 0 => "\\#",
                _ => s,
            });
        }

        return builder.ToString();
    }

    /// <summary>A value shown as a code span: the text stays literal, only what ends the span or the cell is replaced.</summary>
    public static string Code(string text)
    {
        var plain = TerminalText.Escape(text).ReplaceLineEndings(" ").Replace('\t', ' ')
            .Replace("`", "'", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
        return "`" + plain + "`";
    }
}
