using System.Globalization;
using System.Text;
using FsCheck.Fluent;
using Protokoll.Gen.Loading;
// Inside Protokoll.Gen.*, a bare Gen names the enclosing namespace, so FsCheck's Gen is spelled out.
using FsGen = FsCheck.Fluent.Gen;

namespace Protokoll.Gen.Tests.Loading.Fuzz;

/// <summary>
/// FsCheck generators of hostile changes to a content file: byte flips, truncation, YAML metacharacters, random
/// keys and values, Unicode (combining marks, controls, bidi overrides, lone surrogates), huge numbers and deep
/// brackets. Positions are fractions of the file's length, so a mutation applies to any file.
/// </summary>
internal static class Mutations
{
    private static readonly string[] YamlMetacharacters =
    [
        ":", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!", "!!binary ", "!!python/object ", "|", "|-\n", ">", "#", "'", "\"",
        "%YAML 1.1\n", "@", "`", "? ", "---\n", "...\n", "\t", "\n", "\r", "\r\n", "  ", ",", "<<: *a\n", "~", "null", "\\",
    ];

    private static readonly string[] Numbers =
    [
        "123456789012345678901234567890", "1e400", "-0", "0.001", "999999999999.99", "1000000000000", ".nan", ".inf", "-.inf",
        "0x1F", "0o17", "1_000", "1 000,50 kr", "\u0661\u0662\u0663", "\uFF19\uFF19", "79228162514264337593543950336",
        "2147483648", "-2147483649", "0000000000000000000001", "1,5", "1.5.5", "99999999999999999999.99 kr",
    ];

    private static readonly string[] Texts =
    [
        "Matva\u030Ard", "Matv\u00E5rd", "\u0000", "\u0001", "\u001B[31m", "\u007F", "\u0085", "\u2028", "\u2029", "\uFEFF",
        "\u200B", "\u202E", "\uFFFD", "\uFFFF", "\U0001F600", "<script>alert(1)</script>", "{{ 1 + 1 }}", "${HOME}",
        "../../etc/passwd", "0000-00-00", "0001-01-01", "9999-12-31", "10000-01-01", "2022-02-30", "yes", "no", "true",
    ];

    private static readonly string[] Keys = [.. ContentFormat.ItemKeys, .. ContentFormat.MeetingKeys, .. ContentFormat.BudgetKeys, "<<", "", " ", "tit le", "Title"];

    public static FsCheck.Gen<Mutation> Any { get; } = FsGen.Frequency(
        (3, FlipBit()),
        (2, SetByte()),
        (1, Truncate()),
        (2, Delete()),
        (1, Duplicate()),
        (4, Insert("metacharacter", FsGen.Elements(YamlMetacharacters))),
        (2, Insert("number", FsGen.Elements(Numbers))),
        (3, Insert("unicode", UnicodeText())),
        (2, Insert("text", FsGen.Elements(Texts))),
        (1, Insert("brackets", DeepBrackets())),
        (3, InsertLine()),
        (2, InvalidUtf8()),
        (2, ReplaceNumber()));

    /// <summary>A sample file and one to eight mutations of it.</summary>
    public static FsCheck.Gen<FuzzCase> Case { get; } =
        from file in FsGen.Elements(SeedCorpus.Files.ToArray())
        from count in FsGen.Choose(1, 8)
        from mutations in FsGen.ListOf(Any, count)
        select new FuzzCase(file, mutations.ToArray());

    private static FsCheck.Gen<double> Fraction() => FsGen.Choose(0, 1_000_000).Select(i => i / 1_000_001.0);

    private static int At(double fraction, int length) => (int)(fraction * (length + 1));

    private static FsCheck.Gen<Mutation> FlipBit() =>
        from f in Fraction()
        from bit in FsGen.Choose(0, 7)
        select new Mutation($"flip bit {bit} at {f:0.####}", bytes =>
        {
            if (bytes.Length == 0)
            {
                return bytes;
            }

            var copy = (byte[])bytes.Clone();
            copy[Math.Min(At(f, bytes.Length), bytes.Length - 1)] ^= (byte)(1 << bit);
            return copy;
        });

    private static FsCheck.Gen<Mutation> SetByte() =>
        from f in Fraction()
        from value in FsGen.Choose(0, 255)
        select new Mutation($"byte 0x{value:X2} at {f:0.####}", bytes =>
        {
            if (bytes.Length == 0)
            {
                return bytes;
            }

            var copy = (byte[])bytes.Clone();
            copy[Math.Min(At(f, bytes.Length), bytes.Length - 1)] = (byte)value;
            return copy;
        });

    private static FsCheck.Gen<Mutation> Truncate() =>
        Fraction().Select(f => new Mutation($"truncate at {f:0.####}", bytes => bytes[..Math.Min(At(f, bytes.Length), bytes.Length)]));

    private static FsCheck.Gen<Mutation> Delete() =>
        from f in Fraction()
        from length in FsGen.Choose(1, 64)
        select new Mutation($"delete {length} bytes at {f:0.####}", bytes =>
        {
            var start = Math.Min(At(f, bytes.Length), bytes.Length);
            var end = Math.Min(bytes.Length, start + length);
            return [.. bytes[..start], .. bytes[end..]];
        });

    private static FsCheck.Gen<Mutation> Duplicate() =>
        from source in Fraction()
        from to in Fraction()
        from length in FsGen.Choose(1, 200)
        select new Mutation($"copy {length} bytes from {source:0.####} to {to:0.####}", bytes =>
        {
            var start = Math.Min(At(source, bytes.Length), bytes.Length);
            var slice = bytes[start..Math.Min(bytes.Length, start + length)];
            var at = Math.Min(At(to, bytes.Length), bytes.Length);
            return [.. bytes[..at], .. slice, .. bytes[at..]];
        });

    private static FsCheck.Gen<Mutation> Insert(string kind, FsCheck.Gen<string> texts) =>
        from f in Fraction()
        from text in texts
        select new Mutation($"insert {kind} {Visible(text)} at {f:0.####}", bytes => InsertAt(bytes, At(f, bytes.Length), Encoding.UTF8.GetBytes(text)));

    /// <summary>A line "key: value" at the start of a line: unknown keys, known keys twice, values of every kind.</summary>
    private static FsCheck.Gen<Mutation> InsertLine() =>
        from f in Fraction()
        from key in FsGen.OneOf(FsGen.Elements(Keys), UnicodeText())
        from indent in FsGen.Elements("", "", "  ", "    ", "\t", "- ")
        from value in FsGen.OneOf(FsGen.Elements(Numbers), FsGen.Elements(Texts), FsGen.Elements(YamlMetacharacters), UnicodeText())
        select new Mutation($"insert line {Visible(indent + key + ": " + value)} near {f:0.####}", bytes =>
        {
            var at = Math.Min(At(f, bytes.Length), bytes.Length);
            var lineStart = at == 0 ? 0 : Array.LastIndexOf(bytes, (byte)'\n', at - 1) + 1;
            return InsertAt(bytes, lineStart, Encoding.UTF8.GetBytes($"{indent}{key}: {value}\n"));
        });

    /// <summary>Bytes no UTF-8 text contains: overlong forms, lone surrogates, stray continuation bytes, a UTF-16 BOM.</summary>
    private static FsCheck.Gen<Mutation> InvalidUtf8() =>
        from f in Fraction()
        from sequence in FsGen.Elements<byte[]>([0xC0, 0x80], [0xED, 0xA0, 0x80], [0x80], [0xFF], [0xF4, 0x90, 0x80, 0x80], [0xE5], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF])
        select new Mutation($"insert bytes {Convert.ToHexString(sequence)} at {f:0.####}", bytes => InsertAt(bytes, At(f, bytes.Length), sequence));

    /// <summary>Replaces the n-th run of digits (amounts, dates, numbers) with a huge or odd number.</summary>
    private static FsCheck.Gen<Mutation> ReplaceNumber() =>
        from index in FsGen.Choose(0, 40)
        from number in FsGen.Elements(Numbers)
        select new Mutation($"replace digit run {index} with {Visible(number)}", bytes =>
        {
            var text = Encoding.UTF8.GetString(bytes);
            var runs = System.Text.RegularExpressions.Regex.Matches(text, @"\d+");
            if (runs.Count == 0)
            {
                return bytes;
            }

            var run = runs[index % runs.Count];
            return Encoding.UTF8.GetBytes(text[..run.Index] + number + text[(run.Index + run.Length)..]);
        });

    private static FsCheck.Gen<string> DeepBrackets() =>
        from depth in FsGen.Choose(1, 300)
        from open in FsGen.Elements("[", "{", "- ", "{a: ", "[[")
        from closed in FsGen.Elements(true, false)
        select string.Concat(Enumerable.Repeat(open, depth)) + (closed ? string.Concat(Enumerable.Repeat(open[0] == '{' ? "}" : "]", depth)) : "");

    /// <summary>Short text from every corner of Unicode, weighted to combining marks, controls and line separators.</summary>
    private static FsCheck.Gen<string> UnicodeText()
    {
        var codePoint = FsGen.Frequency(
            (4, FsGen.Choose(0x20, 0x7E)),
            (3, FsGen.Choose(0x300, 0x36F)),
            (2, FsGen.Choose(0x00, 0x1F)),
            (1, FsGen.Choose(0x80, 0x9F)),
            (2, FsGen.Elements(0xE5, 0xC5, 0xE4, 0xF6, 0x2028, 0x2029, 0x202E, 0xFEFF, 0x200B, 0xFFFD, 0xFFFE)),
            (2, FsGen.Choose(0xA0, 0xD7FF)),
            (1, FsGen.Choose(0xE000, 0x10FFFF)));
        return FsGen.Choose(1, 24).SelectMany(length =>
            FsGen.ListOf(codePoint, length).Select(points => string.Concat(points.Select(p => p is >= 0xD800 and <= 0xDFFF ? "?" : char.ConvertFromUtf32(p)))));
    }

    private static byte[] InsertAt(byte[] bytes, int at, byte[] inserted)
    {
        at = Math.Min(at, bytes.Length);
        return [.. bytes[..at], .. inserted, .. bytes[at..]];
    }

    private static string Visible(string text)
    {
        var shown = string.Concat(text.Take(40).Select(c => char.IsControl(c) || char.IsSurrogate(c) || c > 0x7E
            ? $"\\u{(int)c:X4}"
            : c.ToString(CultureInfo.InvariantCulture)));
        return $"'{shown}{(text.Length > 40 ? "…" : "")}'";
    }
}
