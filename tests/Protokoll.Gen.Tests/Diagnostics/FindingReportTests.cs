using System.Text.Json;
using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Tests.Diagnostics;

public sealed class FindingReportTests
{
    private static readonly string Base = Path.GetFullPath("/work/repo");

    private static readonly Finding Sample = Finding.Error("PG105", "The process 'X, Y: 50% off' is not listed.\nFix it.",
        new SourceLocation(Path.Combine(Base, "content", "meetings", "m", "a,b:c.md"), 7, 9));

    [Fact]
    public void Text_is_one_compiler_style_line_per_finding_then_a_count()
    {
        var text = FindingReport.Text([Sample, Sample with { Severity = Severity.Warning, Code = "PG303" }], Base);

        Assert.Equal(
            "content/meetings/m/a,b:c.md:7:9: error PG105: The process 'X, Y: 50% off' is not listed.\nFix it.\n" +
            "content/meetings/m/a,b:c.md:7:9: warning PG303: The process 'X, Y: 50% off' is not listed.\nFix it.\n" +
            "1 error, 1 warning\n",
            text);
    }

    [Fact]
    public void Github_annotations_escape_data_and_properties_by_the_workflow_command_rules()
    {
        var line = FindingReport.Github([Sample with { Message = "50% off\r\nnext: a, b" }], Base);

        Assert.Equal("::error file=content/meetings/m/a%2Cb%3Ac.md,line=7,col=9,title=PG105::50%25 off%0D%0Anext: a, b\n", line);
    }

    [Fact]
    public void Json_is_an_array_of_file_line_column_severity_code_message()
    {
        using var document = JsonDocument.Parse(FindingReport.Json([Sample], Base));

        var finding = Assert.Single(document.RootElement.EnumerateArray().ToArray());
        Assert.Equal(["file", "line", "column", "severity", "code", "message"], finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal("content/meetings/m/a,b:c.md", finding.GetProperty("file").GetString());
        Assert.Equal(7, finding.GetProperty("line").GetInt32());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
    }

    [Fact]
    public void Sarif_carries_version_rules_and_located_results()
    {
        using var document = JsonDocument.Parse(FindingReport.Sarif([Sample], Base));
        var run = document.RootElement.GetProperty("runs")[0];

        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        Assert.Equal(FindingCodes.All.Count, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        var result = run.GetProperty("results")[0];
        Assert.Equal("PG105", result.GetProperty("ruleId").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((7, 9), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
    }

    [Fact]
    public void Gitlab_fingerprints_survive_moved_lines_and_tell_repeated_findings_apart()
    {
        var moved = Sample with { Location = Sample.Location with { Line = 40 } };

        string[] Fingerprints(params Finding[] findings)
        {
            using var document = JsonDocument.Parse(FindingReport.Gitlab(findings, Base));
            return document.RootElement.EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString()!).ToArray();
        }

        Assert.Equal(Fingerprints(Sample), Fingerprints(moved));
        Assert.Equal(2, Fingerprints(Sample, moved).Distinct().Count());
    }

    [Fact]
    public void Finding_codes_are_unique()
    {
        Assert.Equal(FindingCodes.All.Count, FindingCodes.All.Select(c => c.Code).Distinct().Count());
        Assert.Equal(FindingCodes.All.Count, FindingCodes.All.Select(c => c.Name).Distinct().Count());
    }
}
