using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Loading;

/// <summary>
/// Reads a content file as text the same way on every machine: strict UTF-8 (with or without BOM), line ends
/// normalised to \n, Unicode normalised to NFC so "Matvård" typed with a combining ring equals "Matvård".
/// </summary>
internal static class TextFileReader
{
    /// <summary>Agenda items are a few kilobytes; a larger file is a mistake or an attack, and must not exhaust memory.</summary>
    public const long MaxBytes = 8L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path, List<Finding> findings) =>
        ReadBytes(path, findings) is { } bytes ? Decode(bytes, path, findings) : null;

    /// <summary>
    /// The file's bytes, or null (with a finding) when it is a symbolic link, too large or cannot be read. Content comes
    /// from pull requests: a link (git commits them) could publish /proc/self/environ or a runner's credentials, so a link
    /// is refused, never followed. A file whose size reads as 0 is not opened: that is what a FIFO (opening it blocks
    /// for ever), a device such as /dev/zero (endless) and a /proc file report, and an empty regular file has nothing to
    /// read anyway. Everything else is read in a loop bounded by the bytes actually read, never by the reported size.
    /// </summary>
    public static byte[]? ReadBytes(string path, List<Finding> findings)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is { } target)
            {
                findings.Add(LinkRefused(path, target));
                return null;
            }

            if (info.Length > MaxBytes)
            {
                // Refused before a byte is read; a file that reports less than it holds is caught while reading.
                findings.Add(Finding.Error(FindingCodes.YamlLimit,
                    $"The file is {info.Length / (1024 * 1024)} MB; content files may be at most {MaxBytes / (1024 * 1024)} MB. Split it, or move large attachments out of the content folder.",
                    SourceLocation.StartOf(path)));
                return null;
            }

            return info.Length == 0 ? [] : ReadBounded(path, info.Length, findings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            findings.Add(Finding.Error(FindingCodes.UnreadableFile, $"The file cannot be read: {e.Message}", SourceLocation.StartOf(path)));
            return null;
        }
    }

    /// <summary>PG011 at a link, naming where it points so the reviewer of the pull request sees what it tried to reach.</summary>
    public static Finding LinkRefused(string path, string target) =>
        Finding.Error(FindingCodes.LinkRefused,
            $"This is a symbolic link (to '{Shorten(target)}'); links in the content folder are not followed, so that a change cannot publish a file from outside it. Replace the link with the file itself.",
            SourceLocation.StartOf(path));

    /// <summary>
    /// Reads into a buffer one byte larger than the reported size (at most the limit plus one), so the usual case is one
    /// allocation and one read; a file that grows while it is read goes on in a loop that stops at the limit.
    /// </summary>
    private static byte[]? ReadBounded(string path, long reportedLength, List<Finding> findings)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[(int)Math.Min(reportedLength, MaxBytes) + 1];
        var total = Fill(stream, buffer, 0);
        if (total < buffer.Length)
        {
            return buffer.AsSpan(0, total).ToArray();
        }

        var grown = new MemoryStream();
        grown.Write(buffer, 0, total);
        var chunk = new byte[64 * 1024];
        int read;
        while (grown.Length <= MaxBytes && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            grown.Write(chunk, 0, read);
        }

        if (grown.Length > MaxBytes)
        {
            findings.Add(Finding.Error(FindingCodes.YamlLimit,
                $"The file is larger than {MaxBytes / (1024 * 1024)} MB; content files may be at most {MaxBytes / (1024 * 1024)} MB. Split it, or move large attachments out of the content folder.",
                SourceLocation.StartOf(path)));
            return null;
        }

        return grown.ToArray();
    }

    private static int Fill(FileStream stream, byte[] buffer, int offset)
    {
        int read;
        while (offset < buffer.Length && (read = stream.Read(buffer, offset, buffer.Length - offset)) > 0)
        {
            offset += read;
        }

        return offset;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    /// <summary>
    /// Decodes a file that <see cref="Decode"/> would return unchanged (valid UTF-8 with no BOM, no CR and only characters
    /// below U+0300, see there) into <paramref name="chars"/>, which holds at least one char per byte, without making a
    /// string of it. False for any other file, which <see cref="Decode"/> then reads and reports on.
    /// </summary>
    public static bool TryDecodeUnchanged(ReadOnlySpan<byte> bytes, Span<char> chars, out int length)
    {
        length = 0;
        return !bytes.ContainsAnyInRange((byte)0xCC, (byte)0xFF) && !bytes.Contains((byte)'\r')
            && Utf8.ToUtf16(bytes, chars, out _, out length, replaceInvalidSequences: false) == OperationStatus.Done;
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string path, List<Finding> findings)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            findings.Add(Finding.Error(FindingCodes.UnreadableFile,
                "The file is saved as UTF-16; save it as UTF-8 (in most editors: Save As, encoding UTF-8).", SourceLocation.StartOf(path)));
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        // Every character below U+0300 is NFC whatever surrounds it (the first character that normalisation can
        // touch is the combining grave accent, U+0300), and such characters are exactly those whose UTF-8 bytes stay
        // below 0xCC; U+FFFE and U+FFFF start with 0xEF. Swedish text is all Latin-1, so most files skip both of the
        // passes below (ICU's NFC test was ~2% of a 10 000-item check).
        var belowCombiningMarks = !bytes.ContainsAnyInRange((byte)0xCC, (byte)0xFF);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = FirstInvalidOffset(bytes, e.Index);
            var (line, column) = LineAndColumn(bytes, offset);
            findings.Add(Finding.Error(FindingCodes.UnreadableFile,
                $"The file is not valid UTF-8 (byte 0x{bytes[offset]:X2} at this place); it was probably saved as Latin-1 or Windows-1252. Save it as UTF-8.",
                new SourceLocation(path, line, column)));
            return null;
        }

        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        if (belowCombiningMarks)
        {
            return text;
        }

        // U+FFFE and U+FFFF are valid UTF-8 but never text (U+FFFE is a byte-swapped BOM), and .NET's normalisation
        // throws on them: found by the loader fuzz tests.
        var nonCharacter = text.AsSpan().IndexOfAny('\uFFFE', '\uFFFF');
        if (nonCharacter >= 0)
        {
            var before = text.AsSpan(0, nonCharacter);
            var line = 1 + before.Count('\n');
            var column = nonCharacter - before.LastIndexOf('\n');
            findings.Add(Finding.Error(FindingCodes.UnreadableFile,
                $"The file contains U+{(int)text[nonCharacter]:X4} at this place, which is not a character: delete it (it often comes from text copied out of another program).",
                new SourceLocation(path, line, column)));
            return null;
        }

        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static int FirstInvalidOffset(ReadOnlySpan<byte> bytes, int hint)
    {
        // The exception's index is relative to the decoder's internal buffer; find the byte ourselves.
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return Math.Clamp(hint, 0, Math.Max(0, bytes.Length - 1));
    }

    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            // A lone CR ends a line too, as it does once the file is read (found by the loader fuzz tests).
            var lineEnd = bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n'));
            if (lineEnd)
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = Encoding.UTF8.GetCharCount(bytes[lineStart..offset]) + 1;
        return (line, column);
    }
}
