using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Protokoll.Gen.Pdf;

/// <summary>
/// Chromium writes only /Title into the Info dictionary, stamps it with the wall-clock time, and has no /ID.
/// This appends a standard incremental update (new Info object, xref section, trailer with /Prev) carrying the
/// real metadata, and blanks the original time stamps in place, so identical input yields identical bytes.
/// </summary>
internal static partial class PdfInfoUpdate
{
    private const string Creator = "Protokoll.Gen";

    public static byte[] Apply(byte[] pdf, PdfInfo info)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(info);

        // Latin-1 maps every byte to one char, so string offsets are byte offsets and the round trip is lossless.
        var text = Encoding.Latin1.GetString(pdf);
        var startXref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startXref < 0)
        {
            throw new InvalidDataException("The PDF from Chromium has no startxref; cannot add metadata.");
        }

        var previousXref = long.Parse(NumberAfter().Match(text, startXref + "startxref".Length).Groups[1].Value, CultureInfo.InvariantCulture);
        var trailerStart = text.LastIndexOf("trailer", startXref, StringComparison.Ordinal);
        if (trailerStart < 0)
        {
            throw new InvalidDataException("The PDF from Chromium has no classic trailer (a cross-reference stream?); cannot add metadata.");
        }

        var trailer = text[trailerStart..startXref];
        var size = int.Parse(Required(SizeEntry(), trailer, "/Size"), CultureInfo.InvariantCulture);
        var root = Required(RootEntry(), trailer, "/Root");
        var offsets = ReadXrefOffsets(text, previousXref);

        var bytes = (byte[])pdf.Clone();
        string? producer = null;
        var oldInfo = InfoEntry().Match(trailer);
        if (oldInfo.Success)
        {
            var (start, end) = ObjectSpan(text, offsets, int.Parse(oldInfo.Groups[1].Value, CultureInfo.InvariantCulture));
            var body = text[start..end];
            producer = ProducerEntry().Match(body) is { Success: true } p ? p.Groups[1].Value : null;
            foreach (Match stamp in DateEntry().Matches(body))
            {
                Array.Fill(bytes, (byte)' ', start + stamp.Index, stamp.Length);
            }
        }

        var rootNumber = int.Parse(root.Split(' ')[0], CultureInfo.InvariantCulture);
        var (rootStart, rootEnd) = ObjectSpan(text, offsets, rootNumber);
        var catalog = text[rootStart..rootEnd];
        var catalogNeedsLanguage = !catalog.Contains("/Lang", StringComparison.Ordinal);

        var infoNumber = size;
        var date = PdfDate(info.Date);
        var id = DocumentId(bytes, info);
        var update = new StringBuilder();
        var newObjects = new SortedDictionary<int, long>();
        void Add(int number, string body)
        {
            newObjects[number] = bytes.LongLength + update.Length;
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        if (bytes[^1] is not (byte)'\n' and not (byte)'\r')
        {
            update.Append('\n');
        }

        Add(infoNumber, string.Concat(
            "<</Title ", TextString(info.Title),
            "\n/Author ", TextString(info.Author),
            "\n/Subject ", TextString(info.Subject),
            "\n/Creator ", TextString(Creator),
            producer is null ? string.Empty : "\n/Producer " + producer,
            "\n/CreationDate ", date,
            "\n/ModDate ", date, ">>"));

        if (catalogNeedsLanguage)
        {
            var dictionaryEnd = catalog.LastIndexOf(">>", StringComparison.Ordinal);
            var dictionaryStart = catalog.IndexOf("<<", StringComparison.Ordinal);
            if (dictionaryStart >= 0 && dictionaryEnd > dictionaryStart)
            {
                Add(rootNumber, catalog[dictionaryStart..dictionaryEnd] + "\n/Lang " + TextString(info.Language) + ">>");
            }
        }

        var xref = bytes.LongLength + update.Length;
        update.Append("xref\n");
        foreach (var (number, offset) in newObjects)
        {
            // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, and a two-byte end of line.
            update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size + 1}\n/Root {root}\n/Info {infoNumber} 0 R\n/ID [<{id}> <{id}>]\n/Prev {previousXref}>>\nstartxref\n{xref}\n%%EOF\n");

        var tail = Encoding.ASCII.GetBytes(update.ToString());
        var result = new byte[bytes.Length + tail.Length];
        bytes.CopyTo(result, 0);
        tail.CopyTo(result, bytes.Length);
        return result;
    }

    internal static string PdfDate(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var magnitude = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"(D:{date:yyyyMMddHHmmss}{sign}{magnitude.Hours:D2}'{magnitude.Minutes:D2}')");
    }

    /// <summary>UTF-16BE with a byte-order mark is the one PDF text-string encoding that covers å, ä, ö and "·".</summary>
    internal static string TextString(string value)
    {
        var builder = new StringBuilder("<FEFF", 6 + (value.Length * 4));
        foreach (var unit in value)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{(int)unit:X4}");
        }

        return builder.Append('>').ToString();
    }

    /// <summary>Derived from the content, as the PDF specification suggests, so it is stable across identical prints.</summary>
    private static string DocumentId(byte[] normalisedPdf, PdfInfo info)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(normalisedPdf);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\n', info.Title, info.Author, info.Subject, info.Language, PdfDate(info.Date))));
        return Convert.ToHexString(hash.GetHashAndReset(), 0, 16);
    }

    private static Dictionary<int, int> ReadXrefOffsets(string text, long xrefOffset)
    {
        var offsets = new Dictionary<int, int>();
        var position = (int)xrefOffset;
        if (string.CompareOrdinal(text, position, "xref", 0, 4) != 0)
        {
            throw new InvalidDataException("The PDF from Chromium has no classic cross-reference table; cannot add metadata.");
        }

        var tokens = text[(position + 4)..text.IndexOf("trailer", position, StringComparison.Ordinal)]
            .Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var index = 0;
        while (index + 1 < tokens.Length)
        {
            var first = int.Parse(tokens[index], CultureInfo.InvariantCulture);
            var count = int.Parse(tokens[index + 1], CultureInfo.InvariantCulture);
            index += 2;
            for (var n = 0; n < count; n++, index += 3)
            {
                if (tokens[index + 2] == "n")
                {
                    offsets[first + n] = int.Parse(tokens[index], CultureInfo.InvariantCulture);
                }
            }
        }

        return offsets;
    }

    private static (int Start, int End) ObjectSpan(string text, Dictionary<int, int> offsets, int number)
    {
        if (!offsets.TryGetValue(number, out var start))
        {
            throw new InvalidDataException($"The PDF from Chromium does not list object {number} in its cross-reference table.");
        }

        var end = text.IndexOf("endobj", start, StringComparison.Ordinal);
        return end < 0
            ? throw new InvalidDataException($"Object {number} in the PDF from Chromium has no endobj.")
            : (start, end);
    }

    private static string Required(Regex pattern, string trailer, string key)
    {
        var match = pattern.Match(trailer);
        return match.Success
            ? match.Groups[1].Value
            : throw new InvalidDataException($"The PDF trailer from Chromium has no {key}; cannot add metadata.");
    }

    [GeneratedRegex(@"\G\s*([0-9]+)")]
    private static partial Regex NumberAfter();

    [GeneratedRegex(@"/Size\s+([0-9]+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Root\s+([0-9]+\s+[0-9]+\s+R)")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/Info\s+([0-9]+)\s+[0-9]+\s+R")]
    private static partial Regex InfoEntry();

    [GeneratedRegex(@"/Producer\s*(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>)")]
    private static partial Regex ProducerEntry();

    [GeneratedRegex(@"/(?:CreationDate|ModDate)\s*(?:\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>)")]
    private static partial Regex DateEntry();
}
