using System.Text.Json;
using Protokoll.Gen.Cli.Tests.Support;
using Protokoll.Gen.Pdf;
using Protokoll.Gen.Tests.Support;
using PuppeteerSharp;

namespace Protokoll.Gen.Cli.Tests.Pdf;

/// <summary>
/// The HTML the PDFs are printed from, checked with axe-core in the same Chromium. This is a test-only page: unlike
/// the printer it runs JavaScript, because axe is a script injected into the page.
/// </summary>
public sealed class AccessibilityTests
{
    private static readonly string[] Pages =
    [
        "2022-09-15-styrgrupp/protokoll.html",
        "2022-09-15-styrgrupp/kallelse.html",
        "2022-09-15-styrgrupp/utdrag/8.html",
        "budget/2022.html",
    ];

    [Fact]
    public async Task The_minutes_notice_extract_and_budget_summary_have_no_serious_or_critical_axe_violation()
    {
        var axe = AxeCore.ScriptPath;
        var chromium = new ChromiumLocator().Locate();
        Assert.True(chromium.Found, $"{chromium.ErrorMessage} (full set: `{Tools.InstallCommand}`)");
        using var content = TempContent.FromSample();
        var output = Path.Combine(content.Directory, "out");
        Assert.Equal(0, CliRun.InProcess("build", content.Root, "-o", output).ExitCode);

        var profile = Directory.CreateDirectory(Path.Combine(content.Directory, "profile")).FullName;
        var launch = new LaunchOptions
        {
            ExecutablePath = chromium.Path,
            Headless = true,
            Pipe = true,
            UserDataDir = profile,
            Args = Environment.IsPrivilegedProcess ? ["--no-sandbox"] : [],
        };
        var problems = new List<string>();
        await using (var browser = await Puppeteer.LaunchAsync(launch))
        {
            foreach (var relative in Pages)
            {
                await using var page = await browser.NewPageAsync();
                await page.GoToAsync(new Uri(Path.Combine(output, relative)).AbsoluteUri);
                await page.AddScriptTagAsync(new AddTagOptions { Path = axe });
                var result = await page.EvaluateFunctionAsync<JsonElement>("""
                    async () => {
                      const r = await axe.run(document);
                      return {
                        passed: r.passes.length,
                        violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) })),
                      };
                    }
                    """);

                // Rules that passed show that axe really ran on the page, so "no violations" is not an empty result.
                Assert.True(result.GetProperty("passed").GetInt32() > 10, $"axe checked almost nothing on {relative}");
                foreach (var violation in result.GetProperty("violations").EnumerateArray())
                {
                    var impact = violation.GetProperty("impact").GetString();
                    if (impact is "serious" or "critical")
                    {
                        problems.Add($"{relative}: {impact} {violation.GetProperty("id").GetString()} ({violation.GetProperty("help").GetString()}) at {violation.GetProperty("nodes")}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
