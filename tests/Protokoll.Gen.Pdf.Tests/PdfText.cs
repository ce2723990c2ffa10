using System.Text;
using UglyToad.PdfPig.Content;

namespace Protokoll.Gen.Pdf.Tests;

internal static class PdfText
{
    /// <summary>
    /// Words joined by single spaces, compatibility-normalised: Chromium's ligatures come out as "ﬁ" (U+FB01) and
    /// Swedish amounts use no-break spaces ("275 740 kr"); both must compare equal to plain text in assertions.
    /// </summary>
    public static string Of(Page page) =>
        string.Join(' ', page.GetWords().Select(word => word.Text))
            .Normalize(NormalizationForm.FormKC)
            .Replace('\u00A0', ' ')
            .Replace('\u202F', ' ');
}
