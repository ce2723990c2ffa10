using System.Globalization;
using FsCheck;
using Microsoft.FSharp.Core;

namespace Protokoll.Gen.Tests.Loading.Fuzz;

/// <summary>
/// How many cases a fuzz property runs, and from which seed. The suite's default is a fixed seed and a few thousand
/// cases, so every run checks the same inputs and stays quick; PROTOKOLL_FUZZ_CASES and PROTOKOLL_FUZZ_SEED ask for
/// a longer (or another) run without changing code.
/// </summary>
internal static class FuzzSettings
{
    public const ulong DefaultSeed = 20_220_915;

    /// <param name="defaultCases">The suite's number of cases.</param>
    /// <param name="share">For slow properties (a whole render per case): run this fraction of a requested long run.</param>
    public static int Cases(int defaultCases, int share = 1) =>
        int.TryParse(Environment.GetEnvironmentVariable("PROTOKOLL_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? Math.Max(1, cases / share)
            : defaultCases;

    public static ulong Seed =>
        ulong.TryParse(Environment.GetEnvironmentVariable("PROTOKOLL_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : DefaultSeed;

    /// <summary>A config that throws on the first failure (with the case), replaying the chosen seed.</summary>
    public static Config Config(int defaultCases, int share = 1) =>
        FsCheck.Config.QuickThrowOnFailure
            .WithMaxTest(Cases(defaultCases, share))
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Seed), FSharpOption<int>.None)));
}
