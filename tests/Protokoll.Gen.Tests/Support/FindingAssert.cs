using Protokoll.Gen.Checks;
using Protokoll.Gen.Diagnostics;

namespace Protokoll.Gen.Tests.Support;

/// <summary>Assertions on findings by code and place, with the whole list in the failure message.</summary>
public static class FindingAssert
{
    /// <summary>The one finding with <paramref name="code"/>; fails listing all findings otherwise.</summary>
    public static Finding Single(IReadOnlyList<Finding> findings, string code)
    {
        var matching = findings.Where(f => f.Code == code).ToArray();
        Assert.True(matching.Length == 1,
            $"Expected exactly one {code}, got {matching.Length}:\n{string.Join("\n", findings.Select(f => f.ToString()))}");
        return matching[0];
    }

    public static Finding At(IReadOnlyList<Finding> findings, string code, string fileEnding, int line, int column)
    {
        var finding = Single(findings, code);
        Assert.EndsWith(fileEnding, finding.Location.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal((line, column), (finding.Location.Line, finding.Location.Column));
        return finding;
    }

    public static void None(IReadOnlyList<Finding> findings) =>
        Assert.True(findings.Count == 0, "Expected no findings, got:\n" + string.Join("\n", findings.Select(f => f.ToString())));

    public static Analysis Check(TempContent content) => CheckSuite.Run(content.Root);
}
