using System.Globalization;
using System.Text;

namespace Protokoll.Gen.Authoring;

/// <summary>
/// File and folder names from titles: "Beslut om Matvård: steg 2" → "beslut-om-matvard-steg-2". ASCII only, so the
/// names survive every file system, zip tool and URL; Swedish letters lose their marks (å ä → a, ö → o).
/// </summary>
public static class Slug
{
    public const int DefaultMaxLength = 60;

    public static string From(string text, string fallback, int maxLength = DefaultMaxLength)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (Replacement(c) is { } replacement)
            {
                builder.Append(replacement);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                // A combining mark belongs to the letter before it (å is a + ring once decomposed); anything else separates words.
                builder.Append('-');
            }
        }

        var words = builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries);
        var slug = new StringBuilder();
        foreach (var word in words)
        {
            var extra = slug.Length == 0 ? word.Length : word.Length + 1;
            if (slug.Length + extra > maxLength)
            {
                if (slug.Length == 0)
                {
                    slug.Append(word.AsSpan(0, maxLength));
                }

                break;
            }

            slug.Append(slug.Length == 0 ? "" : "-").Append(word);
        }

        return slug.Length == 0 ? fallback : slug.ToString();
    }

    /// <summary>Letters that do not decompose into a base letter and a mark.</summary>
    private static string? Replacement(char c) => c switch
    {
        'æ' => "ae",
        'ø' => "o",
        'ß' => "ss",
        'đ' => "d",
        'ł' => "l",
        'þ' => "th",
        _ => null,
    };
}
