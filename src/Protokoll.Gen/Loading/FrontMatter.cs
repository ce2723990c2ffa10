using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Loading;

/// <summary>
/// Splits an item file into its YAML front matter and Markdown body, by the rule Markdig's YAML front matter
/// extension uses (a first line <c>---</c>, closed by <c>---</c> or <c>...</c>), without parsing the Markdown:
/// checks need only the front matter.
/// </summary>
internal readonly record struct FrontMatter(string Yaml, int YamlLineOffset, string Body, int BodyLine)
{
    public static FrontMatter? Split(string text, string file, List<Finding> findings) => Split(text.AsSpan(), file, findings);

    /// <summary>The same split of text that is not a string (yet): only the front matter and the body become strings.</summary>
    public static FrontMatter? Split(ReadOnlySpan<char> text, string file, List<Finding> findings)
    {
        var firstEnd = text.IndexOf('\n');
        var firstLine = firstEnd < 0 ? text : text[..firstEnd];
        if (firstLine.TrimEnd() is not "---")
        {
            findings.Add(Finding.Error(FindingCodes.MissingFrontMatter,
                "An item file must start with a line '---', then its keys (number, title, ...), then another line '---', then the text.",
                SourceLocation.StartOf(file)));
            return null;
        }

        var position = firstEnd + 1;
        var line = 2;
        while (position <= text.Length && firstEnd >= 0)
        {
            var next = text[position..].IndexOf('\n');
            var end = next < 0 ? -1 : position + next;
            var current = end < 0 ? text[position..] : text[position..end];
            var trimmed = current.TrimEnd();
            if (trimmed is "---" or "...")
            {
                var yaml = text[(firstEnd + 1)..position].ToString();
                var body = end < 0 ? "" : text[(end + 1)..].ToString();
                return new FrontMatter(yaml, 1, body, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        findings.Add(Finding.Error(FindingCodes.MissingFrontMatter,
            "The front matter is never closed: add a line '---' after the last key, before the text.",
            SourceLocation.StartOf(file)));
        return null;
    }
}
