using BenchmarkDotNet.Attributes;
using Protokoll.Gen.Budget;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Benchmarks;

/// <summary>
/// The ledger over the whole corpus: building it (what <c>check</c> needs) and the budget table after every funded
/// item and every meeting (what the minutes and extracts of <c>build</c> show).
/// </summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private LoadResult _load = null!;
    private ContentSet _content = null!;
    private BudgetLedger _ledger = null!;

    [GlobalSetup]
    public void Setup()
    {
        _load = BenchCorpus.Load;
        _content = _load.Content;
        _ledger = BudgetLedger.Build(_content);
    }

    [Benchmark(Description = "build the ledger")]
    public BudgetLedger Build() => BudgetLedger.Build(_content);

    [Benchmark(Description = "every check")]
    public Analysis Checks() => CheckSuite.Run(_load);

    [Benchmark(Description = "state after every funded item and meeting")]
    public int StatesForEveryItem()
    {
        var cells = 0;
        foreach (var meeting in _content.Meetings)
        {
            foreach (var item in meeting.Items.Where(i => i.Allocations.Count > 0 && i.Reserves))
            {
                cells += _ledger.StateAfter(meeting, item)?.Processes.Count ?? 0;
            }

            cells += _ledger.StateAsOf(meeting)?.Processes.Count ?? 0;
        }

        return cells;
    }
}
