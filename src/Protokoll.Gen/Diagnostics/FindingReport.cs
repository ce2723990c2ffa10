using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Protokoll.Gen.Diagnostics;

/// <summary>
/// Prints findings in one grammar per format. Text: <c>path:line:col: error CODE: message</c> and a count.
/// Paths are relative to <c>baseDirectory</c> (the current directory) with forward slashes.
/// </summary>
public static class FindingReport
{
    public static string Write(IReadOnlyList<Finding> findings, FindingFormat format, string baseDirectory) => format switch
    {
        FindingFormat.Text => Text(findings, baseDirectory),
        FindingFormat.Json => Json(findings, baseDirectory),
        FindingFormat.Github => Github(findings, baseDirectory),
        FindingFormat.Sarif => Sarif(findings, baseDirectory),
        FindingFormat.Gitlab => Gitlab(findings, baseDirectory),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string Line(Finding finding, string baseDirectory) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Relative(finding.Location.File, baseDirectory)}:{finding.Location.Line}:{finding.Location.Column}: {SeverityWord(finding.Severity)} {finding.Code}: {finding.Message}");

    public static string Text(IReadOnlyList<Finding> findings, string baseDirectory)
    {
        var builder = new StringBuilder();
        foreach (var finding in findings)
        {
            builder.Append(Line(finding, baseDirectory)).Append('\n');
        }

        return builder.Append(Count(findings)).Append('\n').ToString();
    }

    /// <summary>"2 errors, 1 warning" or "No findings."</summary>
    public static string Count(IReadOnlyList<Finding> findings)
    {
        var errors = findings.Count(f => f.IsError);
        var warnings = findings.Count - errors;
        return findings.Count == 0
            ? "No findings."
            : string.Create(CultureInfo.InvariantCulture, $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
    }

    public static string Json(IReadOnlyList<Finding> findings, string baseDirectory) =>
        WriteJson(json =>
        {
            json.WriteStartArray();
            foreach (var finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("file", Relative(finding.Location.File, baseDirectory));
                json.WriteNumber("line", finding.Location.Line);
                json.WriteNumber("column", finding.Location.Column);
                json.WriteString("severity", SeverityWord(finding.Severity));
                json.WriteString("code", finding.Code);
                json.WriteString("message", finding.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    /// <summary>GitHub workflow commands; values escaped by the runner's rules so a message cannot end the command early.</summary>
    public static string Github(IReadOnlyList<Finding> findings, string baseDirectory)
    {
        var builder = new StringBuilder();
        foreach (var finding in findings)
        {
            builder.Append("::").Append(finding.IsError ? "error" : "warning")
                .Append(" file=").Append(EscapeProperty(Relative(finding.Location.File, baseDirectory)))
                .Append(",line=").Append(finding.Location.Line.ToString(CultureInfo.InvariantCulture))
                .Append(",col=").Append(finding.Location.Column.ToString(CultureInfo.InvariantCulture))
                .Append(",title=").Append(EscapeProperty(finding.Code))
                .Append("::").Append(EscapeData(finding.Message)).Append('\n');
        }

        return builder.ToString();
    }

    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    public static string Sarif(IReadOnlyList<Finding> findings, string baseDirectory) =>
        WriteJson(json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "protokoll");
            json.WriteString("version", typeof(FindingReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0");
            json.WriteStartArray("rules");
            foreach (var (code, name, meaning) in FindingCodes.All)
            {
                json.WriteStartObject();
                json.WriteString("id", code);
                json.WriteString("name", name);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", meaning);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.Code);
                json.WriteString("level", finding.IsError ? "error" : "warning");
                json.WriteStartObject("message");
                json.WriteString("text", finding.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", Relative(finding.Location.File, baseDirectory));
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", finding.Location.Line);
                json.WriteNumber("startColumn", finding.Location.Column);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });

    /// <summary>
    /// GitLab's Code Quality report. The fingerprint leaves the line out, so a finding keeps its identity when lines
    /// above it move; the same finding twice in a file is told apart by its occurrence.
    /// </summary>
    public static string Gitlab(IReadOnlyList<Finding> findings, string baseDirectory) =>
        WriteJson(json =>
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            json.WriteStartArray();
            foreach (var finding in findings)
            {
                var path = Relative(finding.Location.File, baseDirectory);
                var identity = $"{finding.Code}\n{path}\n{finding.Message}";
                var occurrence = seen[identity] = seen.GetValueOrDefault(identity) + 1;
                var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{identity}\n{occurrence}")));
                json.WriteStartObject();
                json.WriteString("description", $"{finding.Code}: {finding.Message}");
                json.WriteString("check_name", finding.Code);
                json.WriteString("fingerprint", Convert.ToHexStringLower(hash)[..32]);
                json.WriteString("severity", finding.IsError ? "major" : "minor");
                json.WriteStartObject("location");
                json.WriteString("path", path);
                json.WriteStartObject("lines");
                json.WriteNumber("begin", finding.Location.Line);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    public static string Relative(string file, string baseDirectory) =>
        Path.IsPathRooted(file) ? Path.GetRelativePath(baseDirectory, file).Replace('\\', '/') : file.Replace('\\', '/');

    private static string SeverityWord(Severity severity) => severity == Severity.Error ? "error" : "warning";

    private static string WriteJson(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
