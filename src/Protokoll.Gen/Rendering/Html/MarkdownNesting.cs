using System.Buffers;

namespace Protokoll.Gen.Rendering.Html;

/// <summary>
/// The pre-test of <see cref="MarkdownRenderer.Problem"/>, in a type of its own so that <c>check</c>, which runs it over
/// every text, does not build the renderer's Markdig pipeline unless a text needs the real parse.
/// </summary>
internal static class MarkdownNesting
{
    /// <summary>The characters <see cref="MightNestTooDeeply"/> counts after a line's start, and the line end.</summary>
    private static readonly SearchValues<char> NestingCharacters = SearchValues.Create("\n[*_>-+");

    /// <summary>
    /// A cheap, conservative pre-test, so that <c>check</c> does not parse every body: Markdig's limit is about 128
    /// nested containers or inlines (measured: 128 '[' or '&gt;', 64 nested list levels), and each level needs a
    /// character of its own, so text with fewer of them than the limit cannot reach it. Anything else is parsed.
    /// </summary>
    public static bool MightNestTooDeeply(string markdown)
    {
        var text = markdown.AsSpan();
        var brackets = 0;
        var emphasis = 0;
        var i = 0;
        while (i < text.Length)
        {
            // A line's leading run of indentation and block markers: each one a possible level.
            var lineDepth = 0;
            for (; i < text.Length && text[i] is ' ' or '\t' or '>' or '-' or '+' or '*'; i++)
            {
                lineDepth++;
                emphasis += text[i] == '*' ? 1 : 0;
            }

            // The rest of the line is mostly letters: jump (vectorised) to the next character that counts, since
            // check runs this over every text of every item.
            while (true)
            {
                if (lineDepth >= 60 || brackets >= 120 || emphasis >= 400)
                {
                    return true;
                }

                var next = text[i..].IndexOfAny(NestingCharacters);
                if (next < 0)
                {
                    return false;
                }

                i += next + 1;
                var c = text[i - 1];
                if (c == '\n')
                {
                    break;
                }

                brackets += c == '[' ? 1 : 0;
                emphasis += c is '*' or '_' ? 1 : 0;
                lineDepth += c is '>' or '-' or '+' or '*' ? 1 : 0;
            }
        }

        return false;
    }
}
