using BenchmarkDotNet.Running;
using Protokoll.Gen.Benchmarks;

// Usage (see bench/README.md):
//   protokoll-benchmarks phases CONTENT_DIR OUT_DIR [RUNS]   a stopwatch breakdown of one build (RUNS > 1: the
//                                                            later runs show the cost once the code is jitted)
//   protokoll-benchmarks [BenchmarkDotNet options]    the micro-benchmarks, e.g. --filter '*Ledger*' --job short
if (args is ["phases", var content, var output])
{
    return PhaseTimings.Run(content, output);
}

if (args is ["phases", var repeatedContent, var repeatedOutput, var runsText] && int.TryParse(runsText, out var runs) && runs > 0)
{
    var exitCode = 0;
    for (var run = 1; run <= runs; run++)
    {
        Console.WriteLine($"run {run} of {runs}");
        exitCode = PhaseTimings.Run(repeatedContent, repeatedOutput);
    }

    return exitCode;
}

BenchmarkSwitcher.FromAssembly(typeof(LoadingBenchmarks).Assembly).Run(args);
return 0;
