using System.Text.RegularExpressions;

namespace Protokoll.Gen.Import;

/// <summary>
/// Repairs what word processors and PDF extraction leave in Markdown: formatting tags (<c>&lt;b&gt;</c>,
/// <c>&lt;u&gt;</c>), and paragraphs split in two by a page break (blank lines in the middle of a sentence).
/// </summary>
public static partial class LegacyText
{
    /// <summary>The text without any of the formatting tags the exports use.</summary>
    public static string StripTags(string text) => FormattingTag().Replace(text, "");

    /// <summary>Bold and italic tags as Markdown; underline has no Markdown form and is dropped (the words stay).</summary>
    public static string TagsToMarkdown(string text)
    {
        var result = BoldTag().Replace(text, "**");
        result = ItalicTag().Replace(result, "*");
        return UnderlineTag().Replace(result, "");
    }

    /// <summary>
    /// Paragraphs (runs of non-blank lines), with a paragraph that stops mid-sentence joined to the next when that
    /// starts in lower case: the mark of a page break. <paramref name="joinedAt"/> receives the line of each join.
    /// </summary>
    public static List<List<LegacyLine>> Paragraphs(IReadOnlyList<LegacyLine> lines, List<int> joinedAt)
    {
        var paragraphs = new List<List<LegacyLine>>();
        var current = new List<LegacyLine>();
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                if (current.Count > 0)
                {
                    paragraphs.Add(current);
                    current = [];
                }

                continue;
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            paragraphs.Add(current);
        }

        for (var i = paragraphs.Count - 2; i >= 0; i--)
        {
            var last = paragraphs[i][^1].Text.TrimEnd();
            var next = paragraphs[i + 1][0].Text.TrimStart();
            if (IsProse(last) && !EndsSentence(last) && next.Length > 0 && char.IsLower(next[0]))
            {
                joinedAt.Add(paragraphs[i + 1][0].Number);
                var merged = paragraphs[i][^1] with { Text = last + " " + next };
                paragraphs[i] = [.. paragraphs[i][..^1], merged, .. paragraphs[i + 1].Skip(1)];
                paragraphs.RemoveAt(i + 1);
            }
        }

        joinedAt.Sort();
        return paragraphs;
    }

    private static bool IsProse(string line) =>
        line.Length > 0 && !char.IsControl(line[0]) && line[0] is not ('#' or '|' or '-' or '*' or '>' or '<') && !line.Contains('\t', StringComparison.Ordinal);

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or ':' or ';' or '…' or '"' or '”' or '»' or ')';

    [GeneratedRegex(@"</?(?:b|strong|i|em|u)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormattingTag();

    [GeneratedRegex(@"</?(?:b|strong)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoldTag();

    [GeneratedRegex(@"</?(?:i|em)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItalicTag();

    [GeneratedRegex(@"</?u>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnderlineTag();
}
