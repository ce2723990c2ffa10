using Protokoll.Gen.Checks;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Model;

namespace Protokoll.Gen.Benchmarks;

/// <summary>
/// The generated corpus the benchmarks read: <c>PROTOKOLL_BENCH_CORPUS</c> if set, else the 10 000-item corpus that
/// <c>bench/run.sh</c> leaves in <c>bench/corpus/10000-seed42/content</c>. Loaded once per process and shared,
/// because loading 10 000 items is itself seconds of work that must not count in the other benchmarks.
/// </summary>
internal static class BenchCorpus
{
    public static string Root { get; } = Locate();

    private static readonly Lazy<LoadResult> Loaded = new(() => ContentLoader.Load(Root));

    public static LoadResult Load => Loaded.Value;

    public static ContentSet Content => Loaded.Value.Content;

    /// <summary>
    /// The corpus cut down to <paramref name="meeting"/> and its budget year, so work per meeting can be measured
    /// without the rest of the site.
    /// </summary>
    public static Analysis OneMeeting(Meeting meeting)
    {
        var content = Content with
        {
            Meetings = [meeting],
            Budgets = Content.Budgets.Where(b => b.Year == meeting.BudgetYear).ToArray(),
        };
        return CheckSuite.Run(new LoadResult(content, []));
    }

    /// <summary>The meeting with the most funded items: the heaviest page to render.</summary>
    public static Meeting BusiestMeeting() =>
        Content.Meetings.MaxBy(m => m.Items.Count(i => i.Allocations.Count > 0))
        ?? throw new InvalidOperationException($"The corpus at {Root} has no meetings.");

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("PROTOKOLL_BENCH_CORPUS") is { Length: > 0 } configured)
        {
            return RequireCorpus(Path.GetFullPath(configured));
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Protokoll.Gen.sln")))
            {
                return RequireCorpus(Path.Combine(folder.FullName, "bench", "corpus", "10000-seed42", "content"));
            }
        }

        throw new InvalidOperationException("Set PROTOKOLL_BENCH_CORPUS to a generated content folder (see bench/README.md).");
    }

    private static string RequireCorpus(string root) =>
        Directory.Exists(Path.Combine(root, "meetings"))
            ? root
            : throw new InvalidOperationException(
                $"No corpus at {root}. Generate one with: dotnet run --project bench/Protokoll.Gen.Bench.Corpus -c Release -- --items 10000 --seed 42 --out bench/corpus/10000-seed42");
}
