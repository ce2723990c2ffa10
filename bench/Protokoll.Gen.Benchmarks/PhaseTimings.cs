using System.Diagnostics;
using System.Globalization;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Loading;
using Protokoll.Gen.Rendering;
using Protokoll.Gen.Rendering.Output;
using Protokoll.Gen.Rendering.Templates;
using Protokoll.Gen.Rendering.Views;
using Protokoll.Gen.Rendering.Html;

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
        var rows = new List<(string Phase, TimeSpan Time)>();
        T Time<T>(string phase, Func<T> work)
        {
            var watch = Stopwatch.StartNew();
            var result = work();
            rows.Add((phase, watch.Elapsed));
            return result;
        }

        var load = Time("load (read + parse every file)", () => ContentLoader.Load(contentRoot));
        var analysis = Time("ledger + checks", () => CheckSuite.Run(load));
        var labels = Labels.Embedded(analysis.Content.Settings.Locale);
        var templates = new TemplateSet(null);
        Time("markdown serial (bodies only)", () => { foreach (var m in analysis.Content.Meetings) foreach (var it in m.Items) MarkdownRenderer.Render(it.Body, 3, "x"); return 0; });
        Time("markdown serial (bodies only) again", () => { foreach (var m in analysis.Content.Meetings) foreach (var it in m.Items) MarkdownRenderer.Render(it.Body, 3, "x"); return 0; });
        Time("markdown parse only", () => { foreach (var m in analysis.Content.Meetings) foreach (var it in m.Items) Markdig.Markdown.Parse(it.Body ?? ""); return 0; });
        var vb = new ViewBuilder(analysis, labels, Publication.Internal);
        Time("budget views serial", () => { foreach (var m in analysis.Content.Meetings) foreach (var it in m.Items) if (it.Allocations.Count > 0) vb.BuildBudget(analysis.Ledger.StateAfter(m, it)!); return 0; });
        Time("views alone (Markdown, budget tables)", () => new ViewBuilder(analysis, labels, Publication.Internal).Build());
        var rendered = Time("views + templates + reports", () => SiteBuilder.Build(analysis, templates, labels));
        Time("write (staging + swap)", () =>
        {
            using var staging = OutputStaging.TryBegin(outputFolder, analysis.Content.Root, out var refusal)
                ?? throw new InvalidOperationException(refusal!.Message);
            foreach (var file in rendered.Files)
            {
                staging.Write(file);
            }

            staging.Commit();
            return 0;
        });

        var culture = CultureInfo.InvariantCulture;
        foreach (var (phase, time) in rows)
        {
            Console.WriteLine(string.Create(culture, $"{phase,-40} {time.TotalSeconds,8:0.000} s"));
        }

        Console.WriteLine(string.Create(culture, $"{"total (views counted twice)",-40} {total.Elapsed.TotalSeconds,8:0.000} s"));
        Console.WriteLine(string.Create(culture,
            $"{rendered.Files.Count} files, {rendered.Files.Sum(f => (long)f.Content.Length) / 1048576.0:0.0} MB; allocated {GC.GetTotalAllocatedBytes() / 1048576.0:0} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB; {Environment.ProcessorCount} cores"));
        Console.WriteLine(string.Create(culture,
            $"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; paused {GC.GetTotalPauseDuration().TotalSeconds:0.000} s"));
        return analysis.HasErrors || rendered.HasErrors ? 1 : 0;
    }
}
