using System.Diagnostics;
using System.Globalization;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Rendering;
using Protokoll.Gen.Rendering.Output;
using Protokoll.Gen.Rendering.Templates;
using Protokoll.Gen.Rendering.Views;

namespace Protokoll.Gen.Benchmarks;

/// <summary>
/// One build of a content folder, phase by phase, with a stopwatch: where the time of <c>protokoll build</c> goes,
/// before reaching for a profiler. The phases are the library's own stages, called as <c>SiteBuild</c> calls them.
/// </summary>
internal static class PhaseTimings
{
    public static int Run(string contentRoot, string outputFolder)
    {
        var total = Stopwatch.StartNew();
        var rows = new List<(string Phase, TimeSpan Time, long Allocated)>();
        T Time<T>(string phase, Func<T> work)
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var result = work();
            rows.Add((phase, watch.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore));
            return result;
        }

        var load = Time("load (read + parse every file)", () => ContentLoader.Load(contentRoot));
        var analysis = Time("ledger + checks", () => CheckSuite.Run(load));
        var labels = Labels.Embedded(analysis.Content.Settings.Locale);
        var templates = new TemplateSet(null);
        Time("views alone (Markdown, budget tables)", () => new ViewBuilder(analysis, labels, Publication.Internal).Build());
        var bytes = 0L;
        using var staging = OutputStaging.TryBegin(outputFolder, analysis.Content.Root, out var refusal)
            ?? throw new InvalidOperationException(refusal!.Message);
        var rendered = Time("views + templates + reports + write", () => SiteBuilder.Build(analysis, templates, labels, file =>
        {
            Interlocked.Add(ref bytes, file.Content.Length);
            staging.Write(file);
        }));
        Time("swap in", () =>
        {
            staging.Commit();
            return 0;
        });

        var culture = CultureInfo.InvariantCulture;
        foreach (var (phase, time, allocated) in rows)
        {
            Console.WriteLine(string.Create(culture, $"{phase,-40} {time.TotalSeconds,8:0.000} s {allocated / 1048576.0,8:0} MB allocated"));
        }

        Console.WriteLine(string.Create(culture, $"{"total (views counted twice)",-40} {total.Elapsed.TotalSeconds,8:0.000} s"));
        Console.WriteLine(string.Create(culture,
            $"{rendered.Files.Count} files, {bytes / 1048576.0:0.0} MB; allocated {GC.GetTotalAllocatedBytes() / 1048576.0:0} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB; {Environment.ProcessorCount} cores"));
        Console.WriteLine(string.Create(culture,
            $"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; paused {GC.GetTotalPauseDuration().TotalSeconds:0.000} s"));
        return analysis.HasErrors || rendered.HasErrors ? 1 : 0;
    }
}
