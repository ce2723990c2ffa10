using BenchmarkDotNet.Attributes;
using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;
using Protokoll.Gen.Formatting;
using Protokoll.Gen.Rendering;
using Protokoll.Gen.Rendering.Templates;
using Protokoll.Gen.Rendering.Views;
using Scriban.Runtime;

namespace Protokoll.Gen.Benchmarks;

/// <summary>
/// One meeting (the corpus's busiest) with its budget year: its views (Markdown, sanitising, budget tables), its
/// minutes through the default template, and every document of the meeting as <c>build</c> renders them.
/// </summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private Analysis _analysis = null!;
    private Labels _labels = null!;
    private TemplateSet _templates = null!;
    private Dictionary<string, object?> _minutesGlobals = null!;

    [GlobalSetup]
    public void Setup()
    {
        _analysis = BenchCorpus.OneMeeting(BenchCorpus.BusiestMeeting());
        _labels = Labels.Embedded(_analysis.Content.Settings.Locale);
        _templates = new TemplateSet(null);
        var site = new ViewBuilder(_analysis, _labels, Publication.Internal).Build();
        var labelObject = new ScriptObject();
        foreach (var (key, value) in _labels.Values)
        {
            labelObject[key] = value;
        }

        // The same top-level variables SiteBuilder gives the minutes template.
        _minutesGlobals = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = site,
            ["labels"] = labelObject,
            ["root"] = "../",
            ["meeting"] = site.Meetings[0],
        };
    }

    [Benchmark(Description = "views of one meeting")]
    public SiteView Views() => new ViewBuilder(_analysis, _labels, Publication.Internal).Build();

    [Benchmark(Description = "minutes template of one meeting")]
    public string? Minutes() => _templates.Render("protokoll.sbnhtml", _minutesGlobals, new List<Finding>());

    [Benchmark(Description = "every document of one meeting")]
    public SiteBuildResult Documents() => SiteBuilder.Build(_analysis, _templates, _labels, _ => { });
}
