using BenchmarkDotNet.Attributes;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Benchmarks;

/// <summary>Reading one agenda item: strict UTF-8 decoding, front matter split, YAML events to fields.</summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    private string _path = "";
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        // A funded item: the most fields, the longest front matter.
        var item = BenchCorpus.BusiestMeeting().Items.First(i => i.Allocations.Count > 0);
        _path = item.File;
        _text = File.ReadAllText(_path);
    }

    [Benchmark(Description = "parse one item (text in memory)")]
    public AgendaItem? ParseItem() => ItemReader.Parse(_text, _path, new List<Finding>());

    [Benchmark(Description = "read and parse one item (from disk)")]
    public AgendaItem? ReadItem() => ItemReader.Read(_path, new List<Finding>());
}
