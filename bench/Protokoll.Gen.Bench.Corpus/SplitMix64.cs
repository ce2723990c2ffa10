namespace Protokoll.Gen.Bench.Corpus;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014). Our own generator rather than System.Random, whose
/// algorithm is an implementation detail that may change between .NET versions: the corpus
/// must be byte-identical for a given seed on every machine and runtime.
/// </summary>
internal sealed class SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, maxExclusive), via the multiply-shift reduction (bias is negligible for our ranges).</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);

        return (int)((NextUInt64() >> 32) * (ulong)maxExclusive >> 32);
    }

    /// <summary>Uniform in [min, max], both inclusive.</summary>
    public int Range(int min, int max) => min + Next(max - min + 1);

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>k distinct elements in random order (partial Fisher–Yates on a copy).</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int k)
    {
        var copy = items.ToList();
        k = Math.Min(k, copy.Count);
        for (var i = 0; i < k; i++)
        {
            var j = i + Next(copy.Count - i);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy.GetRange(0, k);
    }

    /// <summary>A fresh independent stream derived from this one, so that e.g. bodies do not shift when the front matter changes.</summary>
    public SplitMix64 Fork() => new(NextUInt64());
}
