using BenchmarkDotNet.Running;
using Protokoll.Gen.Benchmarks;

// Usage (see bench/README.md):
//   protokoll-benchmarks phases CONTENT_DIR OUT_DIR   a stopwatch breakdown of one build
//   protokoll-benchmarks [BenchmarkDotNet options]    the micro-benchmarks, e.g. --filter '*Ledger*' --job short
if (args is ["phases", var content, var output])
{
    return PhaseTimings.Run(content, output);
}

BenchmarkSwitcher.FromAssembly(typeof(LoadingBenchmarks).Assembly).Run(args);
return 0;
