using System.Globalization;
using Protokoll.Gen.Bench.Corpus;

// Usage: protokoll-bench-corpus --items N --seed S --out DIR
// Writes DIR/content (Protokoll.Gen's content format) and DIR/hugo (a Hugo site with the same items).
// Output is a pure function of (N, S): same arguments, byte-identical trees.
const string usage = "usage: protokoll-bench-corpus --items N [--seed S] --out DIR";

int? items = null;
ulong seed = 1;
string? outDir = null;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--items" when value is not null && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
            items = n;
            i++;
            break;
        case "--seed" when value is not null && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var s):
            seed = s;
            i++;
            break;
        case "--out" when !string.IsNullOrWhiteSpace(value):
            outDir = value;
            i++;
            break;
        case "-h" or "--help":
            Console.WriteLine(usage);
            return 0;
        default:
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"protokoll-bench-corpus: bad or incomplete argument '{args[i]}'"));
            Console.Error.WriteLine(usage);
            return 2;
    }
}

if (items is null || outDir is null)
{
    Console.Error.WriteLine(usage);
    return 2;
}

var stats = new CorpusGenerator(items.Value, seed, Path.GetFullPath(outDir)).Run();
Console.WriteLine(stats.Describe());
return 0;
